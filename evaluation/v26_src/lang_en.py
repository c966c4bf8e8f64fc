# -*- coding: utf-8 -*-
"""v26 blind evaluation set, English (en)."""

ORD = ['572-8851265-5976706', '572-3203751-7667529', '572-5637712-2283632', '572-5899275-8933122', '572-2211042-3259421', '572-9081702-4464366', '572-6048008-4693790', '572-9909992-9443086', '572-8499034-9094086', '572-3385953-2831625', '572-7357101-2405049', '572-7191102-8835361', '572-6895339-3286215', '572-4898728-4687840', '572-4906672-4268277', '572-4719681-5470581', '572-9264690-6440311', '572-9787141-8342328', '572-8839185-2802388', '572-1018285-2012258', '572-2588277-1223511', '572-4301715-5622284', '572-2123118-8557536', '572-6371883-4518146', '572-8096695-9531228', '572-3976596-6914113', '572-1907271-6161398', '572-4635049-2686521', '572-5524491-5126157', '572-8713675-2990663', '572-4121208-5976079', '572-6001831-4742147', '572-1540742-2780071', '572-5295226-5618467', '572-9647484-2669908', '572-8004903-5225318', '572-9255180-2153687', '572-1824267-5391715', '572-9308504-4189077', '572-6937128-2984880', '572-7921542-8389324', '572-7786641-1954153', '572-6000320-9189280', '572-3726920-2324005', '572-5226505-9458760', '572-8031602-1471999', '572-9345287-1815405', '572-5382789-2687717', '572-9115993-7640583', '572-8465206-8416171']

MESSAGES = []


def add(typ, fmt, subject, body, expected, note, locale="en-GB"):
    n = len(MESSAGES)
    o = ORD[n]
    MESSAGES.append({
        "id": "v26-en-%03d" % (n + 1),
        "language": "en",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o).replace("{oraw}", o.replace("-", "")),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)
add("delivery-delay", "text", "Order {o} - revised dispatch date",
    "Hi Claire,\n\n"
    "Just a quick note about your order {o}. The walnut chopping board is taking longer than planned in the workshop because the oil finish needs an extra day to cure in this cold weather.\n\n"
    "We now expect to send it out on Thursday 17 December, so it should be with you by Saturday 19th at the latest.\n\n"
    "Sorry for the wait,\n"
    "Tom\n"
    "Oak & Ember Woodcraft, Hebden Bridge",
    [], "Plain-text delivery delay with a new dispatch date; clean.")

add("delivery-delay", "html", "Update on your order {o}",
    "<p>Dear Mr Patel,</p>"
    "<p>We are writing regarding order <b>{o}</b>. The replacement filter cartridges you ordered are delayed at our supplier's depot.</p>"
    "<table><tr><td>Originally expected to dispatch:</td><td>8 December 2026</td></tr>"
    "<tr><td>Now expected to dispatch:</td><td>15 December 2026</td></tr></table>"
    "<p>There is nothing you need to do. We apologise for the inconvenience.</p>"
    "<p>Kind regards,<br>Customer Care<br>PureFlow Water Supplies Ltd</p>",
    [], "HTML delivery delay with a date table; clean.")

add("order-problem", "text", "[Important] Item unavailable on order {o}",
    "Dear Ms Okafor,\n\n"
    "I'm sorry to say that the size 7 pair of the Harbour wellies on your order {o} can't be sent: our last pair failed our quality check and no further stock is available. "
    "We have therefore adjusted your order amount and the £34.99 for that item has been taken off (reason: no inventory). The rest of your order is unaffected.\n\n"
    "Apologies for the disappointment.\n\n"
    "Best wishes,\n"
    "Hannah Lowe\n"
    "Puddle & Co Footwear",
    [], "Order problem with [Important] and confirmed amount adjustment; clean.")

add("additional-information", "text", "Quick question about order {o}",
    "Hello,\n\n"
    "Thanks for ordering the personalised dog tag (order {o}). The order came through without the details we engrave on the back. "
    "Could you reply with the pet's name and the town you'd like shown, please? Up to 20 characters per line.\n\n"
    "As soon as we hear back it'll go on the engraver.\n\n"
    "Cheers,\n"
    "Gemma\n"
    "Wagtail Tags",
    [], "Asks for engraving details needed to complete the order; clean.")

add("return-follow-up", "text", "Your return request - order {o}",
    "Hi Daniel,\n\n"
    "You mentioned that the lid of the enamel casserole from order {o} arrived with a small chip on the rim but that otherwise you'd like to keep it. "
    "Rather than you having to send it back, we can offer a partial refund of £15.00. Just reply to let us know if that works for you.\n\n"
    "Kind regards,\n"
    "Priya Shah\n"
    "The Cook's Larder",
    [], "Return follow-up offering a partial refund; clean.")

add("return-follow-up", "html", "Return for order {o}: one question",
    "<p>Dear Mrs Fletcher,</p>"
    "<p>Thank you for letting us know you'd like to return the cordless drill from order {o}. So that we can process the return correctly, could you tell us whether the drill is faulty or unused and unopened?</p>"
    "<p>If it is faulty, we'll arrange a free collection by courier.</p>"
    "<p>Yours sincerely,<br>Martin Hughes<br>Returns Team, Toolbox Direct</p>",
    [], "Return follow-up asking for information needed to complete the return; clean.")

add("invoice", "text", "VAT invoice INV/2026/11/0382 for order {o}",
    "Dear Sir or Madam,\n\n"
    "Please find attached the VAT invoice for your order {o}.\n\n"
    "Invoice no.: INV/2026/11/0382\n"
    "Invoice date: 30/11/2026\n"
    "Total: £412.80 (incl. VAT at 20%: £68.80)\n\n"
    "Regards,\n"
    "Accounts Department\n"
    "Northgate Office Interiors Ltd\n"
    "Unit 4, Riverside Park, Leeds LS10 1AB\n"
    "Registered in England and Wales, Company No. 09876543\n"
    "VAT Reg. No. GB 284 5917 63",
    [], "Invoice with VAT and company registration numbers and a slashed invoice number; clean.")

add("review-request", "text", "How are you getting on with order {o}?",
    "Hi there,\n\n"
    "A little while ago you bought a set of beeswax food wraps from us (order {o}). We'd really like to hear what you think. "
    "If you have a minute, you can leave a review on Amazon from your orders page. Honest feedback, good or bad, helps other shoppers and helps us improve.\n\n"
    "All the best,\n"
    "Bee Kind Wraps",
    [], "Neutral plain-text review request; clean.")

add("review-request", "html", "Share your thoughts on order {o}",
    "<p><img src=\"https://cdn.mailbuilder.io/u/77102/thistle-tweed-logo.png\" alt=\"Thistle Tweed Co. logo\" width=\"180\"></p>"
    "<p>Dear Fiona,</p>"
    "<p>You recently bought a Harris tweed flat cap from us (order {o}). Would you be willing to tell other buyers about your experience?</p>"
    "<p><a href=\"https://www.amazon.co.uk/review/create-review?asin=B0C7TW2FQK\">Write a review on Amazon.co.uk</a></p>"
    "<p>Many thanks,<br>The Thistle Tweed Co. team</p>",
    [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean.")

add("delivery-scheduling", "text", "Arranging delivery of your wardrobe - order {o}",
    "Dear Mr and Mrs Cartwright,\n\n"
    "We'd like to arrange delivery of your double wardrobe (order {o}). As it is a two-person delivery, we need to agree a time slot with you. We have the following available:\n\n"
    "Tuesday 15 December, 7am to 12 noon\n"
    "Wednesday 16 December, 12 noon to 5pm\n"
    "Friday 18 December, 7am to 12 noon\n\n"
    "Please reply with the slot that suits you, and let us know if there are any narrow stairs or parking restrictions at the address.\n\n"
    "Kind regards,\n"
    "Delivery Planning\n"
    "Hartwell Furniture",
    [], "Delivery scheduling of a bulky item with time slots; clean.")

add("home-service-appointment", "html", "Booking your TV wall-mount installation ({o})", 
    "<p>Hi Jordan,</p>"
    "<p>Thanks for booking wall-mount installation with your order {o}. Our installer can come on either of these dates:</p>"
    "<ul><li>Saturday, December 12, 9:00-11:00 a.m.</li><li>Monday, December 14, 2:30-4:30 p.m.</li></ul>"
    "<p>Let us know which suits you best. Please make sure the wall is clear and there is a power socket within reach of the TV.</p>"
    "<p>Best regards,<br>Aisha Rahman<br>Bookings, MountRight Installations</p>",
    [], "Home-service appointment with dates and time slots; clean.", locale="en-US")

add("custom-design-verification", "text", "Proof of your wedding sign - {o}",
    "Hi Sophie and James,\n\n"
    "Attached is the design proof for your welcome sign (order {o}). Please check the spelling of both names, the date (Saturday 20 March 2027) and the venue name very carefully, as we cut exactly what is on the proof.\n\n"
    "If everything is right, just reply 'approved'. Any changes, pop them in your reply and we'll send a new proof.\n\n"
    "Warmly,\n"
    "Ellie at Paper Fox Studio",
    [], "Custom design proof attachment for verification; clean.")

add("fulfillment-question", "text", "Access to your building - order {o}",
    "Dear Ms Ng,\n\n"
    "We're due to deliver your order {o} to Flat 12, Canal Wharf, Manchester on Thursday. The courier has flagged that the main entrance has a keypad.\n\n"
    "Could you let us know the entry code, or a neighbour or concierge who can accept the parcel? Our reference for this delivery is CW-2026-55318.\n\n"
    "Thank you,\n"
    "Liam\n"
    "Brightside Bedding",
    [], "Door-code question with a reference number, needed to receive the purchase; clean.")

add("reply", "text", "Re: Question about 'Bougie Parfumée Figue Noire' ({o})",
    "Hello Rebecca,\n\n"
    "Thanks for your message. The 'Bougie Parfumée Figue Noire' on your order {o} is made with rapeseed and coconut wax and burns for about 45 hours. "
    "For the first burn, let it go until the whole surface has melted, which stops tunnelling.\n\n"
    "Best,\n"
    "Nina\n"
    "Maison Lumière UK",
    [], "Reply quoting a French product title inside English sentences; clean.")

add("reply", "text", "Re: Coffee machine leaking - order {o}",
    "Dear Mr Barker,\n\n"
    "I'm sorry to hear the coffee machine from order {o} has started leaking. It is covered by the manufacturer's two-year warranty, and the quickest way to get a repair or replacement is through them directly.\n\n"
    "Manufacturer's warranty line (Brevessa UK): 0800 048 1234\n\n"
    "Have your order number and the serial number from the base of the machine to hand. If they can't help, come back to us and we'll sort it out.\n\n"
    "Kind regards,\n"
    "Oliver Grant\n"
    "Bean There Kitchenware",
    [], "Reply with the manufacturer's warranty hotline, marked as such (BSM309 exception); clean.")

add("reply", "html", "Re: Company details for order {o}",
    "<p>Dear Ms Adeyemi,</p>"
    "<p>As requested, our company details for your records regarding order {o} are set out below. Your invoice will show the same information.</p>"
    "<p>Kind regards,<br>Rachel Moore<br>Operations Manager</p>"
    "<hr>"
    "<p><small>Greenleaf Stationery Ltd, 27 Castle Street, Shrewsbury SY1 2BQ. Registered in England and Wales No. 11223344. VAT No. GB 123 4567 89.</small></p>",
    [], "Reply with a company-details footer (registration and VAT numbers); clean.")

add("reply", "text", "Re: Where is my refund? Order {o}",
    "Hi Kevin,\n\n"
    "Your return (RMA number R-40218, Royal Mail tracking KY204771839GB) arrived at our warehouse on 3 December at 11:15am. "
    "We issued a refund of £47.50 on Friday 4 December, and banks usually take 3 to 5 working days to show it. Order reference: {o}.\n\n"
    "Thanks,\n"
    "Sam\n"
    "Trailhead Running Gear",
    [], "Reply with return and tracking numbers, dates, times and amounts; clean.")

# ----------------------------------------------------------- violations (31)
add("fulfillment-question", "text", "Order {o} dispatched",
    "Dear Customer,\n\n"
    "This is to confirm that your order {o} was dispatched today with Evri. Estimated delivery: 2-3 working days.\n\n"
    "Customer Services\n"
    "Velvet Pantry Ltd",
    ["BSM201"], "Terse template confirming dispatch with the carrier.")

add("additional-information", "html", "We've got your order!",
    "<p>Hi Harriet,</p>"
    "<p>Lovely news, your order {o} has reached us and the candles are being hand-wrapped in tissue as we speak.</p>"
    "<p>Warmly,<br>Wickford Candle Co.</p>",
    ["BSM201"], "Order confirmation: order received and being packed.")

add("reply", "text", "Thank you - order {o}",
    "Dear Mrs Hall,\n\n"
    "Just a short note to say a huge thank you for your order {o}. It genuinely makes our day when someone picks a small bakery like ours.\n\n"
    "Warm regards,\n"
    "Rosie and the team at Crumb & Crust",
    ["BSM202"], "Message that only says thank you.")

add("fulfillment-question", "text", "Your Hollis & Grey order {o}",
    "Dear Mr Whitaker,\n\n"
    "Should you experience any difficulty whatsoever with order {o}, please do not hesitate to contact us through Amazon messaging. We remain at your disposal.\n\n"
    "Yours faithfully,\n"
    "Hollis & Grey Watches",
    ["BSM202"], "Message that only offers help if a problem comes up.")

add("delivery-delay", "html", "Your kettle - new dispatch date ({o})",
    "<p>Hi Chloe,</p>"
    "<p>The stovetop kettle on order {o} is held up at the port, so it will now leave us on Wednesday 16 December rather than today. Sorry about that.</p>"
    "<p>Best,<br>Hob &amp; Hearth</p>"
    "<p>P.S. Our Black Friday offer is extended: 20% off everything in the shop until Monday night.</p>",
    ["BSM203"], "Otherwise permitted delay with a P.S. offering 20% off everything.")

add("reply", "text", "Re: Yellowing leaves on my olive tree ({o})",
    "Hi Ryan,\n\n"
    "A few yellow leaves after delivery is normal for the olive tree on order {o}; it's adjusting to indoor light. Water only when the top 3 cm of soil is dry and keep it away from radiators.\n\n"
    "By the way, our spring bulb collection launches next week. Follow us on TikTok and Instagram (Potting Shed Plants) and sign up to our newsletter to be first in line!\n\n"
    "Cheers,\n"
    "Ade at Potting Shed Plants",
    ["BSM203"], "Reply promoting a new collection, social media and the newsletter.")

add("review-request", "text", "A favour to ask - order {o}",
    "Dear Mr Evans,\n\n"
    "We hope you're enjoying the single-origin beans from order {o}. Would you consider leaving a review on Amazon? "
    "Once it's published, we'll slip a free 250 g bag of our house blend into your next order as a small thank-you.\n\n"
    "Kind regards,\n"
    "Northern Roast Coffee",
    ["BSM204"], "Future free product once the review is published.")

add("review-request", "text", "Get your money back - order {o}",
    "Hey Josh,\n\n"
    "Leave a review for the phone case from order {o} and send us a screenshot once it's live. We'll refund the full purchase price straight away.\n\n"
    "Thanks,\n"
    "CaseCraft Store",
    ["BSM204"], "Full refund as soon as the review is online.", locale="en-US")

add("reply", "text", "Re: Blender jug cracked ({o})",
    "Dear Mr Collins,\n\n"
    "I'm glad the replacement jug for the blender on order {o} reached you and is working well.\n\n"
    "Since the issue is now resolved, would you consider revising the one-star review you left, or removing it? As a small family business it makes a real difference to us.\n\n"
    "Many thanks,\n"
    "HomeHelp Appliances",
    ["BSM205"], "Asks to revise or remove an existing one-star review.")

add("review-request", "html", "Is Biscuit enjoying the new bed? ({o})",
    "<p>Hi Emma,</p>"
    "<p>If your dog loves the orthopaedic bed from order {o} as much as we hope, we'd be so grateful for a review on Amazon.</p>"
    "<p>And if it's not quite perfect, please message us before you write anything so we can put it right.</p>"
    "<p>Thanks,<br>Pawsome Beds</p>",
    ["BSM206"], "Review only if happy; unhappy buyers steered to contact the seller instead.")

add("review-request", "text", "Order {o} - a quick favour",
    "Dear Customer,\n\n"
    "Thank you for choosing Darjeeling & Co. for your loose-leaf tea (order {o}). If you feel we've earned it, a 5-star rating on Amazon would mean the world to our small team.\n\n"
    "Best regards,\n"
    "Darjeeling & Co.",
    ["BSM206"], "Asks for a five-star rating.")

add("order-problem", "text", "Ink cartridges on order {o}",
    "Dear Ms Turner,\n\n"
    "Unfortunately the XL black cartridges on your order {o} have sold out and our supplier cannot restock them this year. We have adjusted the order amount accordingly (reason: no inventory).\n\n"
    "The simplest way to tidy this up is for you to cancel the order yourself under Your Orders on Amazon.\n\n"
    "Kind regards,\n"
    "InkPoint Direct",
    ["BSM108"], "Amount adjusted, but the buyer is advised to cancel the order themselves.")

add("order-problem", "text", "Order {o} - stock issue",
    "Hi Mr Ward,\n\n"
    "Really sorry, we've just found out the last 3x3 m gazebo on order {o} was damaged in our warehouse and we have no more in stock. "
    "Could you please pop in a cancellation request from your side on Amazon? That way it's closed off properly.\n\n"
    "Apologies again,\n"
    "Garden Shade Direct",
    ["BSM107", "BSM108"], "Stock ran out; asks for a cancellation request and does not confirm any amount adjustment.")

add("delivery-delay", "html", "New dispatch date for {o}",
    "<p>Hi Zoe,</p>"
    "<p>The bath mat set on order {o} will be dispatched on 14 December instead of 9 December.</p>"
    "<p>Thanks,<br>Bathroom Barn</p>"
    "<p><small>Don't want to hear from us? Unsubscribe by replying STOP to this message.</small></p>",
    ["BSM305"], "Delay message with an unsubscribe instruction (reply STOP).")

add("reply", "text", "Re: where's my parcel?? ({o})",
    "Hi Craig,\n\n"
    "Sorry mate, the bloody courier has lost your parcel for order {o} again, absolute shit service from those clowns. "
    "We've put a new one aside and it'll go out on Friday 11 December.\n\n"
    "Dave\n"
    "GameStack",
    ["BSM306"], "Reply with English profanity.")

add("delivery-delay", "text", "Lieferverzögerung Bestellung {o}",
    "Guten Tag,\n\n"
    "leider verzögert sich die Gartenbank aus Ihrer Bestellung {o} bei unserem Lieferanten. Wir rechnen jetzt mit dem Versand am 15. Dezember.\n\n"
    "Mit freundlichen Grüßen\n"
    "Garden Living UK",
    ["BSM104"], "Message to an en-GB buyer written entirely in German.")

add("reply", "text", "Re: putting the bedside table together ({o})",
    "Hi Sophie,\n\n"
    "The bedside table on order {o} only needs the legs screwing on, about ten minutes' work. If anything doesn't line up, ring the workshop on 0161 496 0732 and Pete will talk you through it.\n\n"
    "Thanks,\n"
    "Millbrook Joinery",
    ["BSM309"], "Seller's own UK phone number in national format.")

add("delivery-delay", "html", "Delay to order {o}",
    "<p>Hi Mr Moore,</p>"
    "<p>Your pressure washer (order {o}) will ship a little later than planned, on December 12.</p>"
    "<p>Questions? Text our support team at +1 (555) 014-2287.</p>"
    "<p>Thanks,<br>CleanPro Outdoor Supply</p>",
    ["BSM309"], "Seller's phone number in international format.", locale="en-US")

add("reply", "text", "Re: invoice in company name ({o})",
    "Dear Ms Clarke,\n\n"
    "We're happy to reissue the invoice for order {o} in your company's name. Could you send the details to sarah.jones@fernhillprints.co.uk? I'll get the amended invoice back to you today.\n\n"
    "Kind regards,\n"
    "Sarah Jones\n"
    "Fernhill Prints",
    ["BSM308"], "Plain e-mail address in the body.")

add("reply", "text", "Re: spare lid ({o})",
    "Hi Laura,\n\n"
    "We do sell spare lids for the teapot on order {o}, they're just not listed yet. Drop a line to help [at] kettleandco [dot] com with your order number and we'll sort one out.\n\n"
    "Cheers,\n"
    "Kettle & Co",
    ["BSM308"], "Obfuscated e-mail address with [at] and [dot].")

add("reply", "html", "Re: who makes your bags? ({o})",
    "<p>Hi Isla,</p>"
    "<p>Lovely of you to ask about the people behind the satchel on order {o}. Everything is stitched by two of us in a workshop in Walsall, and we've told the whole story here:</p>"
    "<p><a href=\"https://www.saddleandstrap.co.uk/about/our-workshop\">Meet the makers at Saddle &amp; Strap</a></p>"
    "<p>Best,<br>Saddle &amp; Strap</p>",
    ["BSM302"], "https link with descriptive text to the seller's own site, not needed for the order.")

add("return-follow-up", "html", "Your return - order {o}",
    "<p>Dear Mrs Kaur,</p>"
    "<p>We've seen your return request for the shoe cabinet on order {o}. To complete it, could you let us know whether the cabinet has been assembled?</p>"
    "<p>You can follow the return in your account: <a href=\"http://www.amazon.co.uk/gp/your-account/order-history\">Your Orders on Amazon.co.uk</a></p>"
    "<p>Kind regards,<br>Storage Solutions UK</p>",
    ["BSM301"], "Descriptive link to Amazon over http.")

add("delivery-delay", "html", "Delay on order {o}",
    "<p>Hi Ben,</p>"
    "<p>The enamel kettle on order {o} is still on its way to us and will be dispatched on 15 December.</p>"
    "<p><img src=\"https://cdn.mailbuilder.io/u/77102/enamel-stovetop-kettle-cream.jpg\" alt=\"Enamel stovetop kettle in cream\" width=\"300\"></p>"
    "<p>Cheers,<br>Hob &amp; Hearth</p>",
    ["BSM310"], "Image of the purchased product (file name and alt name it).")

add("reply", "html", "Re: wood finish ({o})",
    "<p>Dear Mr Holt,</p>"
    "<p>The coffee table on order {o} is finished in a hard-wax oil, so a damp cloth is all it needs. Avoid silicone polish.</p>"
    "<p><img src=\"https://cdn.mailbuilder.io/u/77102/autumn-forest-path.jpg\" alt=\"Autumn forest path\" width=\"400\"></p>"
    "<p>Best wishes,<br>Holt &amp; Sons Joinery</p>",
    ["BSM311"], "Stock autumn-forest image unrelated to the shop.")

add("delivery-delay", "html", "Order {o}: later dispatch",
    "<p><img src=\"https://cdn.mailbuilder.io/u/77102/chai-house-logo.png\" width=\"150\"></p>"
    "<p>Hi Rosie,</p>"
    "<p>The cast-iron teapot on order {o} will be dispatched on 11 December instead of today.</p>"
    "<p>Best,<br>Chai House</p>",
    ["BSM402"], "Shop logo with no alt attribute at all.")

add("reply", "text", "Re: batteries included? ({o})",
    "Hi Amy,\n\n"
    "Yes 👍 the fairy lights on order {o} come with 3 AA batteries in the box, so they're ready to go straight away 😀\n\n"
    "Best,\n"
    "Twinkle Lights Co",
    ["BSM403"], "Emoji in a reply.")

add("reply", "text", "Re: knitted rabbit ({o})",
    "Hi Jack,\n\n"
    "The knitted rabbit on order {o} is made from cotton yarn and can go in the washing machine at 30 degrees inside a pillowcase. Hope your little one loves him <3\n\n"
    "Maggie\n"
    "Woolly Warren",
    ["BSM403"], "Emoticon <3 in the body.")

add("delivery-delay", "html", "Delay on order {o}",
    "<style>h1{font-size:22pt} h3{font-size:15pt} p{font-size:11pt} .note{font-size:8pt}</style>"
    "<h1>Dispatch delayed</h1>"
    "<h3>Order {o}</h3>"
    "<p>Dear customer, your aquarium heater will be dispatched on 16 December instead of 9 December.</p>"
    "<p class=\"note\">Reef &amp; Tank Aquatics</p>",
    ["BSM410"], "Four explicit font sizes in a <style> block.")

add("delivery-delay", "html", "New dispatch date for order {o}",
    "<p>Dear Mr Fox,</p><br><br><br>"
    "<p>The chess clock on your order {o} will be dispatched on 15 December.</p>"
    "<p></p><p></p>"
    "<p>Kind regards,<br>Checkmate Games</p>",
    ["BSM412"], "Run of <br> tags and empty paragraphs in HTML.")

add("return-follow-up", "text", "[Important] Your return - order {o}",
    "Dear Ms Reid,\n\n"
    "We've had your return request for the photo frame on order {o}. Could you tell us whether the glass was broken on arrival or whether the frame simply isn't the right size?\n\n"
    "Kind regards,\n"
    "Frame Factory Ltd",
    ["BSM110"], "[Important] tag on a return follow-up, which is not critical.")

add("review-request", "html", "What did you think of order {o}?",
    "<p>Hi Marcus,</p>"
    "<p>We'd love to know what you think of the tool kit from order {o}. To leave a review, "
    "<a href=\"https://www.amazon.co.uk/review/create-review?asin=B0D5KT8P2M\">click here</a>.</p>"
    "<p>Cheers,<br>Handyman Hub</p>",
    ["BSM401"], "Link whose text is only 'click here'.")

# ------------------------------------------------------------ variants (2)
add("delivery-delay", "html", "Order {o}: short delay",
    "<div style=\"padding: 0 140px\">"
    "<p>Dear Mrs Ellis,</p>"
    "<p>The spice rack on order {o} will be dispatched on 16 December because of a backlog in our workshop.</p>"
    "<p>Kind regards,<br>Spice Shelf Co.</p>"
    "</div>",
    ["BSM405"], "Wrapper with 140 px padding on each side (wide margin).")

add("delivery-delay", "html", "Delay to order {o}",
    "<p>Dear Mr Brown,</p>"
    "<p>The roof box on your order {o} is still with the manufacturer and will be dispatched on 17 December.</p>"
    "<p>Kind regards,<br>Roadtrip Accessories</p>"
    "<img src=\"https://trk.mailbuilder.io/open.gif?uid=77102&amp;msg=5512\" width=\"1\" height=\"1\" alt=\"\">",
    ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")
