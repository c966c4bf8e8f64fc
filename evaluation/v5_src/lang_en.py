"""v5 blind evaluation set, English (en-GB, a few en-US). Standard library only."""

LANG = "en"
PREFIX = "303"


def order(n):
    return "%s-%07d-%07d" % (PREFIX, (n * 6029011 + 5550123) % 10 ** 7,
                             (n * 2246813 + 7071067) % 10 ** 7)


MESSAGES = []


def M(n, typ, fmt, subject, body, expected, note, locale="en-GB"):
    o = order(n)
    rep = lambda s: s.replace("{ORDER}", o).replace("{ORDER_PLAIN}", o.replace("-", ""))
    MESSAGES.append({
        "id": "v5-%s-%03d" % (LANG, n), "language": LANG, "locale": locale,
        "type": typ, "format": fmt, "subject": rep(subject), "body": rep(body),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---------------------------------------------------------------- clean (17)

M(1, "delivery-delay", "text", "Your order {ORDER} - revised dispatch date",
  "Hi Claire,\n\n"
  "Just a quick heads-up about your order {ORDER} for the oak bathroom caddy. "
  "Our timber delivery from the sawmill in Shropshire came in late, so the caddy won't be finished until Wednesday 16 December. "
  "We now expect it to go out to you on Thursday 17 December rather than Friday 11 December as advertised.\n\n"
  "Sorry for the wait, and thanks for bearing with a very small workshop.\n\n"
  "Cheers,\nTom Ashworth\nAshworth Woodcraft",
  [], "Clean delivery delay in plain text with a new dispatch date.")

M(2, "delivery-delay", "html", "Update on order {ORDER}",
  "<p>Dear Mr Okafor,</p>\n"
  "<p>We're sorry to let you know that the cast iron casserole dish you ordered is running behind schedule.</p>\n"
  "<table>\n<tr><td><strong>Order number</strong></td><td>{ORDER}</td></tr>\n"
  "<tr><td><strong>Originally expected</strong></td><td>Mon 14 Dec 2026</td></tr>\n"
  "<tr><td><strong>Now expected</strong></td><td>Tue 22 Dec 2026</td></tr>\n</table>\n"
  "<p>If anything changes we'll update you straight away.</p>\n"
  "<p>Kind regards,<br>\nPriya Shah<br>\nCustomer Care, Hearthside Kitchen Co.</p>",
  [], "Clean HTML delivery delay with a simple builder table.")

M(3, "order-problem", "text", "[Important] Problem with your order {ORDER}",
  "Dear Ms Gallagher,\n\n"
  "I'm afraid the navy wool throw (150 x 200 cm) from your order {ORDER} is no longer available: our last one failed its final quality check.\n\n"
  "We have adjusted the order amount in full (£48.00) with the reason 'no inventory', so you will not be charged for it. "
  "The refund normally shows on your statement within 3 to 5 working days.\n\n"
  "Our apologies,\nFiona Reid\nGlen Weavers Ltd",
  [], "Clean order problem confirming the adjustment; [Important] is allowed on this type.")

M(4, "additional-information", "text", "Quick question about your order {ORDER}",
  "Hello Gareth,\n\n"
  "A quick one about the personalised dog tag you chose: the engraving box says 'Bramble' but there's also a note asking for 'a number on the back'. "
  "Which number would you like engraved on the back, and should it go on one line?\n\n"
  "We'll start engraving as soon as we hear back. Order ref: {ORDER}.\n\n"
  "Best wishes,\nHannah\nWaggy Tags",
  [], "Clean request for information needed to complete a personalised order.")

M(5, "return-follow-up", "text", "Your return request - order {ORDER}",
  "Dear Mrs Patel,\n\n"
  "Thank you for letting us know about the chipped rim on one of the four pasta bowls. "
  "Rather than sending the whole set back, would a partial refund of £9.50 (the price of one bowl) suit you? You'd keep all four.\n\n"
  "If you'd like to go ahead, just reply to this message and we'll process it against order {ORDER} within two working days. "
  "If you'd still prefer to return the set, that's absolutely fine too.\n\n"
  "Kind regards,\nOliver Grant\nStoneware & Co",
  [], "Clean return follow-up offering a partial refund.")

M(6, "return-follow-up", "text", "Return for order {ORDER} - one more detail needed",
  "Hi Mr Hughes,\n\n"
  "To finish your return of the cordless drill we need the batch code printed on the side of the battery pack (it starts with 'BC'). "
  "Could you reply with that code?\n\n"
  "Once we have it we'll issue the return label for order {ORDER}.\n\n"
  "Thanks,\nThe ToolDepot UK team",
  [], "Clean return follow-up asking for information needed to complete the return.")

M(7, "invoice", "text", "VAT invoice INV/2026/11873 for order {ORDER}",
  "Dear Sir or Madam,\n\n"
  "As requested, please find attached the VAT invoice for order {ORDER}.\n\n"
  "Invoice number: INV/2026/11873\nInvoice date: 4 December 2026\nTotal: £238.80 (incl. VAT at 20%: £39.80)\n\n"
  "Regards,\nAccounts Department\n\n"
  "Pennine Office Supplies Ltd\nUnit 7, Calder Trade Park\nHalifax HX1 5QT\n"
  "Registered in England and Wales, Company No. 08456123\nVAT Reg. No. GB 284 6712 93",
  [], "Clean invoice with VAT and company numbers and a slash-separated invoice number.")

M(8, "review-request", "text", "How are you getting on with order {ORDER}?",
  "Hi Jess,\n\n"
  "You've had the running belt for about a week now. If you have a moment, we'd appreciate a review on Amazon, whatever you think of it. "
  "Honest reviews help other runners choose, and they help us improve.\n\n"
  "Order number: {ORDER}\n\n"
  "All the best,\nSam at StrideGear",
  [], "Clean neutral review request in plain text.")

M(9, "review-request", "html", "Your thoughts on order {ORDER}",
  "<p><img src=\"https://assets.kettleandcrumb.co.uk/email/kettle-and-crumb-logo.png\" alt=\"Kettle &amp; Crumb logo\" width=\"170\" height=\"55\"></p>\n"
  "<p>Dear Mr Lawson,</p>\n"
  "<p>A little while ago you ordered our loose-leaf breakfast tea (order {ORDER}). "
  "Would you share your experience with other customers? Whatever your view, it's useful.</p>\n"
  "<p><a href=\"https://www.amazon.co.uk/review/create-review?asin=B0D2R8K4XQ\">Write a review on Amazon.co.uk</a></p>\n"
  "<p>Warm regards,<br>\nKettle &amp; Crumb</p>",
  [], "Clean HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")

M(10, "delivery-scheduling", "text", "Booking your sofa delivery - order {ORDER}",
  "Dear Mr and Mrs Whitfield,\n\n"
  "Your three-seater sofa is ready at our Leeds warehouse. As it's a two-person delivery, we need to book a slot when someone will be in. "
  "Available slots:\n\n"
  "- Tuesday 15 December, 8am - 12pm\n- Thursday 17 December, 12pm - 4pm\n- Saturday 19 December, 9am - 1pm\n\n"
  "Please reply with the slot that suits you, and let us know if there are any stairs or narrow doorways.\n\n"
  "Kind regards,\nDanny Moss\nDelivery Planning, Northern Sofa Company\nOrder {ORDER}",
  [], "Clean bulky-item delivery scheduling with British dates and time slots.")

M(11, "home-service-appointment", "text", "Your installation appointment - order {ORDER}",
  "Hello,\n\n"
  "You added installation to your dishwasher order {ORDER}. Our engineer can come on Monday 21 December between 1pm and 5pm, "
  "or on Wednesday 23 December between 8.30am and 12.30pm.\n\n"
  "Please make sure the water supply and waste pipe are accessible. We can take the old machine away if you'd like.\n\n"
  "Reply with whichever time works best.\n\n"
  "Regards,\nHomeFit Appliance Services",
  [], "Clean home-service appointment with two time windows.")

M(12, "custom-design-verification", "html", "Design proof for your order {ORDER}",
  "<p>Hi Becky,</p>\n"
  "<p>Please find attached the proof for your custom wedding sign (file: <em>proof_Evans-Morgan_v1.pdf</em>).</p>\n"
  "<ul>\n<li>Names: Rhys &amp; Becky</li>\n<li>Date: 12 June 2027</li>\n<li>Size: A2, white acrylic, black lettering</li>\n</ul>\n"
  "<p>If it all looks right, reply 'approved' and we'll cut it. Any changes, just say.</p>\n"
  "<p>Thanks,<br>\nLowri<br>\nCut &amp; Kind Signs<br>\n<small>Order {ORDER}</small></p>",
  [], "Clean custom design proof with names, date and size.")

M(13, "fulfillment-question", "text", "Access to your building - order {ORDER}",
  "Dear Mr Adeyemi,\n\n"
  "Our own van is booked to bring your order on Friday 11 December (route 14, drop 7). "
  "Your address is a block of flats with a secure entrance: is there a door code or a concierge our driver should know about?\n\n"
  "Our reference: CS-2026-12-0457\nOrder: {ORDER}\n\n"
  "Kind regards,\nMegan\nLoft Lighting Ltd",
  [], "Clean door-code question with route and reference numbers.")

M(14, "reply", "text", "Re: Caffeine content - order {ORDER}",
  "Hi Anna,\n\n"
  "Good question. The tea in your order {ORDER} is sold under its German name, 'Gute Nacht Kräutertee', and it's completely caffeine-free: "
  "chamomile, lemon balm and lavender.\n\n"
  "Hope that helps.\n\nLuke\nLeaf & Larder",
  [], "Clean reply quoting a German product title inside English sentences.")

M(15, "reply", "text", "Re: Kettle not switching off ({ORDER})",
  "Dear Mr Doyle,\n\n"
  "Sorry to hear the kettle isn't switching off. That's covered by the two-year manufacturer's warranty, and the quickest route is the manufacturer's own line:\n\n"
  "Manufacturer's warranty helpline (Brellington Appliances UK): 0800 046 7321, Monday to Friday 9am - 5pm.\n\n"
  "Have your order number {ORDER} handy. If you get stuck, drop us a message.\n\n"
  "Best regards,\nAlison Kerr\nKitchen Corner",
  [], "Clean reply with a phone number marked as the manufacturer's warranty line.")

M(16, "reply", "html", "Re: Delivery to a business address - {ORDER}",
  "<p>Dear Ms Fraser,</p>\n"
  "<p>Yes, order {ORDER} can go to your business address. If you change the delivery address in your Amazon account before it's processed, "
  "we'll pick it up automatically.</p>\n"
  "<p>Kind regards,<br>\nJames Pollock<br>\nAccount Manager</p>\n"
  "<p><small>Clydeside Print Supplies Ltd, 44 Finnieston Street, Glasgow G3 8JU. Registered in Scotland No. SC512384. VAT No. GB 301 2287 45.</small></p>",
  [], "Clean reply with a company footer: address, company and VAT number.")

M(17, "reply", "text", "Re: Refund status for order {ORDER}",
  "Hi Ms Chen,\n\n"
  "Your return (RMA 77812-US, USPS tracking 9400 1118 9922 3344 5566 77) reached us on Monday, December 7 at 2:26pm. "
  "We refunded $64.99 against order {ORDER} on Tuesday, December 8; banks usually take 3 to 5 business days to show it.\n\n"
  "Thanks,\nJordan\nPeak Outdoor Supply",
  [], "Clean reply with return and tracking numbers, dates, times and amounts (en-US buyer).", locale="en-US")

# ---------------------------------------------------------------- violations (31)

M(18, "delivery-delay", "text", "Order {ORDER} update",
  "Hi Ben,\n\n"
  "Good news: your parcel left our warehouse in Northampton this morning and has been handed over to DPD, so it'll be with you before Christmas after all.\n\n"
  "Order {ORDER}\n\nCheers,\nGizmo Garage",
  ["BSM201"], "Shipping confirmation paraphrased: left the warehouse, handed to the carrier.")

M(19, "fulfillment-question", "text", "We've got your order {ORDER}",
  "Dear Mrs Barker,\n\n"
  "Just to say your order {ORDER} has landed with us and we're already getting it ready: the candles are being wrapped in our studio today.\n\n"
  "Warmly,\nWick & Wax",
  ["BSM201"], "Order confirmation: received and being prepared.")

M(20, "fulfillment-question", "text", "Thank you! ({ORDER})",
  "Hi Chloe,\n\n"
  "A massive thank you for shopping with Little Sock Company. It really means the world to a tiny family business like ours!\n\n"
  "Order {ORDER}\n\nLots of love,\nNia & Gwen",
  ["BSM202"], "Thanks-only message; the order number is no content.")

M(21, "fulfillment-question", "text", "Your order {ORDER}",
  "Good afternoon,\n\n"
  "Should anything at all crop up with your order {ORDER}, we're here for you. Don't hesitate to drop us a line through Amazon.\n\n"
  "Kind regards,\nThe BathBarn team",
  ["BSM202"], "Only the offer to help if something comes up.")

M(22, "delivery-delay", "text", "Small delay on order {ORDER}",
  "Dear Mr Fletcher,\n\n"
  "Your desk lamp will ship two days later than planned, now expected on Wednesday 16 December. Apologies for that.\n\n"
  "Kind regards,\nBrightside Lighting\n\n"
  "PS Until Sunday you can take 20% off everything in our range with code BRIGHT20.",
  ["BSM203"], "Otherwise permitted delay with a promotional PS (20 % off everything).")

M(23, "review-request", "text", "Your thoughts on order {ORDER}",
  "Hi Rosie,\n\n"
  "Would you mind writing a review of the pillow you bought? We read every one, good or bad.\n\n"
  "Stay in the loop: follow us on Instagram (@sleepywool_uk) and sign up to our newsletter to be first to see the new winter collection.\n\n"
  "Order {ORDER}\nSleepy Wool",
  ["BSM203"], "Follow us / newsletter / new collection without links.")

M(24, "review-request", "text", "A little something for you - {ORDER}",
  "Dear Mr Holloway,\n\n"
  "Would you be willing to review the knife set from order {ORDER}? "
  "As a token of our appreciation, we'll pop a small thank-you gift in the post once your review has been published.\n\n"
  "Kind regards,\nSheffield Edge",
  ["BSM204"], "A small token of appreciation once the review is published.")

M(25, "review-request", "text", "Order {ORDER}",
  "Hey Kyle,\n\n"
  "Here's the deal: leave a review of the power bank and we'll refund the full price as soon as it's live. "
  "Just message us once it's up.\n\n"
  "Team ChargeHub",
  ["BSM204"], "Full refund as soon as the review is online.")

M(26, "reply", "text", "Re: Faulty plug - order {ORDER}",
  "Dear Ms Turner,\n\n"
  "Glad to hear the replacement adapter for order {ORDER} has sorted things out. Now that everything's working, "
  "would you consider updating or removing your one-star review? It would make a real difference to us.\n\n"
  "Kind regards,\nVolt Emporium",
  ["BSM205"], "Asks to update or remove an existing one-star review.")

M(27, "review-request", "text", "Happy with order {ORDER}?",
  "Dear customer,\n\n"
  "Loving your new duvet cover? Then we'd love to hear about it in a review on Amazon. "
  "If it didn't live up to expectations, please get in touch with us first instead of leaving a review, and we'll put it right.\n\n"
  "Kind regards,\nLinen Loft",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact instead.")

M(28, "review-request", "text", "A small favour - order {ORDER}",
  "Hi Sophie,\n\n"
  "We're a small family business and every review counts. If you enjoyed the jigsaw, five stars would help us hugely!\n\n"
  "Best,\nPuzzle Parlour\n{ORDER}",
  ["BSM206"], "Asks for a five-star rating.")

M(29, "order-problem", "text", "[Important] Item unavailable - {ORDER}",
  "Dear Mr Clarke,\n\n"
  "Unfortunately the road helmet in size L has sold out and won't be restocked this season. "
  "We've already adjusted the amount of order {ORDER} with the reason 'no inventory'.\n\n"
  "To tidy things up, the quickest way is for you to cancel the order yourself from Your Orders.\n\n"
  "Kind regards,\nChainring Cycles",
  ["BSM108"], "Advises the buyer to cancel himself because of stock-out, with the adjustment confirmed.")

M(30, "order-problem", "text", "Your order {ORDER}",
  "Dear Mrs Hamilton,\n\n"
  "We're sorry, but the 'Aurora' vase you ordered is out of stock. "
  "We'd be very grateful if you could submit a cancellation request for order {ORDER} from your account.\n\n"
  "Kind regards,\nHome & Hollow",
  ["BSM107", "BSM108"], "Asks for a cancellation request because of stock-out, no adjustment mentioned.")

M(31, "review-request", "text", "Your review of order {ORDER}",
  "Hi Ellie,\n\n"
  "We'd love to know what you make of the flask. A review on Amazon, however short, is really appreciated.\n\n"
  "Don't want to hear from us again? Just reply STOP to unsubscribe.\n\n"
  "Cheers,\nFlaskworks",
  ["BSM305"], "Opt-out instruction: reply STOP to unsubscribe.")

M(32, "reply", "text", "Re: Missing parcel ({ORDER})",
  "Hi Mr Dickson,\n\n"
  "That bloody courier has screwed it up again, what a load of crap, sorry. We'll get a replacement for order {ORDER} ready tomorrow at no cost; "
  "if the original ever turns up, keep it.\n\n"
  "Cheers,\nRob\nMidlands Spares",
  ["BSM306"], "English profanity in a seller reply.")

M(33, "delivery-delay", "text", "Lieferverzögerung Bestellung {ORDER}",
  "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
  "leider verzögert sich die Lieferung unseres Lieferanten. Ihr Gartenschlauch-Wagen wird daher erst am Donnerstag, 17.12., statt am Montag versendet. "
  "Wir bitten um Entschuldigung.\n\n"
  "Mit freundlichen Grüßen\nGartenwelt Online\nBestellung {ORDER}",
  ["BSM104"], "British buyer receives a message written entirely in German.")

M(34, "reply", "text", "Re: Wardrobe assembly - {ORDER}",
  "Hi Laura,\n\n"
  "Struggling with the door hinges on the wardrobe from order {ORDER}? Give us a ring on 01632 960 418 and we'll talk you through it.\n\n"
  "Best,\nMatt\nWardrobe World",
  ["BSM309"], "Seller phone number in UK national format.")

M(35, "reply", "text", "Re: Shipping to Ireland - {ORDER}",
  "Dear Mr Byrne,\n\n"
  "Order {ORDER} can be delivered to Ireland with An Post. For anything urgent you can also reach us on +44 20 7946 0321 (WhatsApp too).\n\n"
  "Kind regards,\nDeclan\nCeltic Lamps",
  ["BSM309"], "Seller phone number in international format.")

M(36, "reply", "text", "Re: Invoice in company name - {ORDER}",
  "Dear Mr Price,\n\n"
  "We're happy to issue an invoice in your company's name. Please send your company details to accounts@ergochairsdirect.co.uk quoting order {ORDER}.\n\n"
  "Kind regards,\nErgo Chairs Direct",
  ["BSM308"], "Plain e-mail address in the text.")

M(37, "reply", "text", "Re: Extra screws for {ORDER}",
  "Hi Callum,\n\n"
  "No problem, we'll send the missing screws. Photos of the other parts can go to parts at scaffoldboardstore dot co dot uk.\n\n"
  "Cheers,\nMartin\nScaffold Board Store\nOrder {ORDER}",
  ["BSM308"], "Obfuscated e-mail address with 'at' and 'dot'.")

M(38, "reply", "html", "Re: Caring for your oak table - {ORDER}",
  "<p>Dear Mrs Ellis,</p>\n"
  "<p>Thanks for your question about the table from order {ORDER}. We've put together a detailed page on looking after oiled oak:</p>\n"
  "<p><a href=\"https://www.oakandiron-furniture.co.uk/care/oiled-oak\">Care tips for oiled oak on our website</a></p>\n"
  "<p>Kind regards,<br>\nOak &amp; Iron Furniture</p>",
  ["BSM302"], "Descriptive https link to the seller's own website.")

M(39, "review-request", "html", "Your experience with order {ORDER}",
  "<p>Dear Mr Ward,</p>\n"
  "<p>How are you finding the fire pit? We'd welcome your honest opinion.</p>\n"
  "<p><a href=\"http://www.amazon.co.uk/review/create-review?asin=B0BW3J6S2P\">Review the fire pit on Amazon.co.uk</a></p>\n"
  "<p>Kind regards,<br>\nFirepit Emporium<br>\nOrder {ORDER}</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

M(40, "delivery-delay", "html", "Delay on order {ORDER}",
  "<p>Dear Ms Cooke,</p>\n"
  "<p>Unfortunately your table lamp won't ship until Monday 21 December instead of today.</p>\n"
  "<p><img src=\"https://cdn.lumenhouse.co.uk/products/aurora-oak-table-lamp.jpg\" alt=\"Aurora table lamp with oak base\" width=\"300\" height=\"300\"></p>\n"
  "<p>Sorry for the wait.<br>\nLumen House<br>\nOrder {ORDER}</p>",
  ["BSM310"], "Image of the purchased product (file name and alt name it).")

M(41, "additional-information", "html", "Checking your address - {ORDER}",
  "<p>Hi Josh,</p>\n"
  "<p>The delivery address on order {ORDER} is missing a house number. Could you let us know what it is?</p>\n"
  "<p><img src=\"https://cdn.coastcampingsupplies.co.uk/email/beach-sunset.jpg\" alt=\"Beach at sunset\" width=\"400\" height=\"200\"></p>\n"
  "<p>Thanks,<br>\nCoast Camping Supplies</p>",
  ["BSM311"], "Stock beach photo unrelated to the shop.")

M(42, "additional-information", "html", "Paint colour for order {ORDER}",
  "<p><img src=\"https://static.paintpotuk.co.uk/email/paintpot-logo.png\" alt=\"\" width=\"160\" height=\"50\"></p>\n"
  "<p>Dear Mr Knight,</p>\n"
  "<p>Your order {ORDER} (emulsion, 5 litres) doesn't have a colour code. Which RAL or BS colour would you like us to mix?</p>\n"
  "<p>Kind regards,<br>\nThe Paint Pot</p>",
  ["BSM402"], "Shop logo with an empty alt attribute.")

M(43, "review-request", "text", "Enjoying your headphones? {ORDER}",
  "Hey Max! \U0001F3A7\n\n"
  "You've had the headphones a week now. Would you write a review on Amazon about how you're finding them? \U0001F44D Thanks a lot :)\n\n"
  "Team SoundCrate\nOrder {ORDER}",
  ["BSM403"], "Emoji and an emoticon in an otherwise neutral review request.")

M(44, "reply", "html", "Re: Mirror dimensions - {ORDER}",
  "<style>\n.h1{font-size:24px}\n.h2{font-size:18px}\n.txt{font-size:15px}\n.fine{font-size:11px}\n</style>\n"
  "<p class=\"h1\">Oval mirror dimensions</p>\n"
  "<p class=\"h2\">Order {ORDER}</p>\n"
  "<p class=\"txt\">The mirror is 60 x 90 cm and weighs 7.5 kg. The hanging brackets are 45 cm apart.</p>\n"
  "<p class=\"fine\">Mirror Mirror Ltd, Bristol</p>\n"
  "<p>Best wishes, Isla</p>",
  ["BSM410"], "Four explicit font sizes in a style block plus the default.")

M(45, "delivery-scheduling", "text", "Wardrobe delivery - order {ORDER}",
  "Dear Mr Prince,\n\n"
  "Your wardrobe will be brought in by a two-person crew. Would Tuesday 15 December between 10am and 2pm suit?\n\n\n\n"
  "Kind regards,\n\n\nPlanning, Wardrobe Warehouse\nOrder {ORDER}",
  ["BSM412"], "Runs of blank lines in a plain text message.")

M(46, "additional-information", "html", "Curtain drop for order {ORDER}",
  "<p>Dear Ms Rivera,</p>\n"
  "<p>To make your made-to-measure curtains (order {ORDER}) we still need the drop from the track to the floor.</p>\n"
  "<p></p>\n<p></p>\n"
  "<p>Could you send it in inches?<br><br><br><br>Many thanks,<br>\nDrape &amp; Thread</p>",
  ["BSM412"], "Empty paragraphs and a run of four <br> in HTML (en-US buyer).", locale="en-US")

M(47, "return-follow-up", "text", "[Important] Your return - order {ORDER}",
  "Dear Mrs Moore,\n\n"
  "To complete your return of the bread maker, could you tell us whether the kneading paddle is included in the box? It wasn't listed on the returns form.\n\n"
  "Kind regards,\nCrumb & Co Appliances\nOrder {ORDER}",
  ["BSM110"], "[Important] tag on a return follow-up, which is not critical to the order.")

M(48, "return-follow-up", "html", "Return for order {ORDER}: photo needed",
  "<p>Dear Mr Harris,</p>\n"
  "<p>To process your return we need a photo of the damaged corner of the box. Please upload it through Amazon; "
  "to see how, <a href=\"https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7\">click here</a>.</p>\n"
  "<p>Kind regards,<br>\nTile Trader<br>\nOrder {ORDER}</p>",
  ["BSM401"], "Link text 'click here' says nothing about where it goes.")

# ---------------------------------------------------------------- vary (2)

M(49, "delivery-delay", "html", "New dispatch date for order {ORDER}",
  "<p>Dear Mrs Vaughan,</p>\n"
  "<p>Because of the wet weather, your bulb collection will now ship on Friday 18 December rather than Monday 14 December.</p>\n"
  "<p>Kind regards,<br>\nBloom &amp; Bulb<br>\nOrder {ORDER}</p>\n"
  "<img src=\"https://t.mailpulse-track.com/open.gif?cid=88120&amp;uid=a7f3e21\" width=\"1\" height=\"1\">",
  ["BSM307", "BSM402"], "Tracking pixel (1x1, tracking parameters) without alt.")

M(50, "review-request", "html", "Your opinion on order {ORDER}",
  "<p><a href=\"https://www.harbourandhearth.co.uk\"><img src=\"https://www.harbourandhearth.co.uk/img/harbour-and-hearth-logo.png\" alt=\"Harbour &amp; Hearth logo\" width=\"180\" height=\"60\"></a></p>\n"
  "<p>Dear Ms Bell,</p>\n"
  "<p>Would you take a moment to review the wool blanket from order {ORDER} on Amazon? All feedback is welcome.</p>\n"
  "<p>Kind regards,<br>\nHarbour &amp; Hearth</p>",
  ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
