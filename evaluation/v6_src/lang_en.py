"""v6 blind set, English (en-GB, a few en-US)."""

MESSAGES = []


def _o(n):
    return "403-%07d-%07d" % (2205113 + n * 6113, 7100029 + n * 99991 % 2800000)


def m(n, typ, fmt, subject, body, expected, note, locale="en-GB"):
    o = _o(n)
    MESSAGES.append({
        "id": "v6-en-%03d" % n, "language": "en", "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o).replace("{d}", o.replace("-", "")),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---------------- clean ----------------
m(1, "delivery-delay", "text", "Order {o} - revised dispatch date",
  "Hi Sophie,\n\nJust a quick heads-up on order {o}. Our supplier has pushed back the delivery of the oak serving boards, "
  "so yours will now be dispatched on Thursday 17 December 2026 rather than Monday.\n\nSorry for the wait, and thanks for your patience.\n\n"
  "Best wishes,\nOwen\nHearth & Grain, Bristol",
  [], "Plain-text delivery delay with a revised dispatch date.")
m(2, "delivery-delay", "html", "A short delay on order {o}",
  "<p>Dear Mr Whitfield,</p><p>Owing to a backlog at our bindery, the leather journal in order {o} will leave us around "
  "<strong>11 December 2026</strong>, about four working days later than shown at checkout.</p>"
  "<p>Please accept our apologies.</p><p>Kind regards,<br>Customer Care<br>Ashdown Stationery Co.</p>",
  [], "HTML delivery delay.")
m(3, "order-problem", "text", "[Important] Item unavailable - order {o}",
  "Dear Ms Patel,\n\nI'm sorry to say that the last bottle of the cold-pressed rapeseed oil in order {o} was broken in our warehouse, "
  "and the producer has no more stock this season, so we cannot send it.\n\n"
  "We have adjusted the order amount: you will not be charged the £6.49 for that item (reason: NoInventory).\n\n"
  "Apologies again,\nGemma Ross\nNorfolk Larder",
  [], "Order problem confirming the amount adjustment, with [Important] allowed on this type.")
m(4, "additional-information", "text", "Personalisation details needed - {o}",
  "Hello,\n\nThanks for choosing a personalised dog tag (order {o}). We still need the name and the second line you'd like engraved, "
  "up to 15 characters each.\n\nOnce we have them we'll get it engraved within two working days.\n\nCheers,\nMatt at Barkside Tags",
  [], "Request for engraving details needed to complete the order.")
m(5, "return-follow-up", "text", "Your return request for order {o}",
  "Dear Mr O'Connell,\n\nThank you for letting us know about the chipped glaze on one of the mugs from order {o}.\n\n"
  "If you'd be happy to keep the set, we can offer a partial refund of £9.00. Otherwise you are of course welcome to return it as normal. "
  "Just let us know which you'd prefer.\n\nKind regards,\nHolly\nStoneware by the Sea",
  [], "Return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Quick question about your return - {o}",
  "Hi Jake,\n\nWe've seen your return request for the hiking boots on order {o}. To sort it out, could you tell us whether you'd like a different size "
  "or a refund, and whether the boots have been worn outdoors?\n\nThanks,\nAlpine Outfitters",
  [], "Return follow-up asking for information needed to complete the return.", locale="en-US")
m(7, "invoice", "text", "VAT invoice for order {o}",
  "Dear Customer,\n\nPlease find attached VAT invoice INV/2026/11/0382 for order {o} (standing desk frame, £289.00 incl. VAT at 20%).\n\n"
  "Yours faithfully,\n\nAccounts Team\nDeskRight Ltd\nUnit 4, Riverside Park, Leeds LS11 5QT\n"
  "Registered in England and Wales, Company No. 09876543 | VAT Reg. No. GB 284 1937 62",
  [], "Invoice with slash-separated invoice number, company and VAT numbers (not phone numbers).")
m(8, "review-request", "text", "How did we do? Order {o}",
  "Dear Mrs Henderson,\n\nYou recently bought a set of linen napkins from us (order {o}). We'd be grateful if you could share your experience "
  "in a product review on Amazon, whatever it may be.\n\nKind regards,\nThe Linen Press",
  [], "Neutral plain-text review request.")
m(9, "review-request", "html", "Your thoughts on order {o}",
  "<p><img src=\"https://static.kettleandcrumb.example/kettle-and-crumb-logo.png\" alt=\"Kettle &amp; Crumb logo\" width=\"160\"></p>"
  "<p>Hi Priya,</p><p>Your baking tins from order {o} arrived a couple of weeks ago. Would you share your experience with other customers?</p>"
  "<p><a href=\"https://www.amazon.co.uk/review/review-your-purchases/\">Write a review on Amazon.co.uk</a></p><p>Warm regards,<br>Kettle &amp; Crumb</p>",
  [], "HTML review request with shop logo and descriptive https Amazon link.")
m(10, "delivery-scheduling", "text", "Booking your sofa delivery - {o}",
  "Hello Mr Evans,\n\nYour three-seater sofa (order {o}) is too large for parcel couriers, so our two-person crew will deliver it. "
  "We have the following slots:\n\n- Tuesday 15 December 2026, 8am to 12pm\n- Wednesday 16 December 2026, 1pm to 5pm\n\n"
  "Which suits you best? The crew will place it in the room of your choice.\n\nMany thanks,\nCotswold Sofa Co.",
  [], "Delivery scheduling for a bulky item with dates and time slots.")
m(11, "home-service-appointment", "text", "Installation appointment - order {o}",
  "Hi Ms Clarke,\n\nFor the fitting of your integrated dishwasher (order {o}) our engineer Steve can come on Monday 21 December between 9:00 and 11:00, "
  "or Tuesday 22 December between 14:00 and 16:00. Which would you prefer?\n\nPlease clear the space under the worktop beforehand.\n\n"
  "Thanks,\nHomeFit Services",
  [], "Home-service appointment with two time slots.")
m(12, "custom-design-verification", "html", "Design proof for your sign - {o}",
  "<p>Hi Callum,</p><p>Attached is the proof (proof_v2.pdf) for your house sign from order {o}: number 42, 'Rose Cottage', slate grey with white lettering.</p>"
  "<p>If you're happy, just reply and we'll start cutting. Any changes, let us know.</p><p>Thanks,<br>Signcraft Devon</p>",
  [], "Custom design proof attached for approval.")
m(13, "fulfillment-question", "text", "Gate code needed for order {o}",
  "Dear resident,\n\nTo deliver order {o} (our ref. DL-2026-55871, consignment 1Z9F83A20412345678) we need the access code for the gate at "
  "Wharfside Court, Flats 12-48.\n\nCould you send us the code or any other instructions?\n\nKind regards,\nCycleSpares UK",
  [], "Gate-code question with reference and consignment numbers that are no phone numbers.")
m(14, "reply", "text", "Re: Question about 'Thermoskanne Edelstahl 1 L' ({o})",
  "Hi Laura,\n\nGood question. The 'Thermoskanne Edelstahl 1 L' from order {o} keeps drinks hot for about 12 hours and cold for 24. "
  "The flask itself is dishwasher-safe but the lid should be washed by hand.\n\nBest,\nNina at Outdoor Kit Direct",
  [], "Reply quoting a German product title inside English sentences.")
m(15, "reply", "text", "Re: Coffee machine fault - {o}",
  "Dear Mr Hughes,\n\nSorry to hear the espresso machine from order {o} is showing an error. As it is still under the manufacturer's guarantee, "
  "the manufacturer can help you fastest.\n\nManufacturer's warranty helpline (Brevissimo UK): 0800 046 1234, Monday to Friday, 9am to 5pm.\n\n"
  "Kind regards,\nKitchen Corner",
  [], "Reply with the manufacturer's warranty helpline marked as such (BSM309 exception).")
m(16, "reply", "html", "Re: Company details for your records ({o})",
  "<p>Dear Ms Nwosu,</p><p>Of course. Here are our details for your business purchase (order {o}).</p>"
  "<table><tr><td>Company</td><td>PrintPoint Midlands Ltd</td></tr><tr><td>Registered office</td><td>17 Canal Street, Birmingham B1 2JP</td></tr>"
  "<tr><td>Company No.</td><td>11223344</td></tr><tr><td>VAT No.</td><td>GB 193 4457 21</td></tr></table>"
  "<p>Kind regards,<br>PrintPoint Midlands</p>",
  [], "Reply with a company-details table.")
m(17, "reply", "text", "Re: Where is my refund? {o}",
  "Hi Tom,\n\nYour return for order {o} reached us on 3 December 2026 at 14:12 (return number RMA-77031, Royal Mail tracking QF123456789GB). "
  "The refund of £34.95 was processed on 4 December; depending on your bank it should show within 3 to 5 working days.\n\nCheers,\nDan\nRetro Games Hub",
  [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------- violations ----------------
m(18, "fulfillment-question", "text", "Update on order {o}",
  "Hi Chloe,\n\nGood news! Your order {o} has left our warehouse this morning and has been handed over to DPD. "
  "It should be with you in a day or two.\n\nBest,\nLittle Sprouts Baby Store",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to DPD.")
m(19, "fulfillment-question", "html", "Order {o}",
  "<p>Dear Customer,</p><p>We've received your order {o} and our team is already busy getting it ready for you.</p>"
  "<p>Kind regards,<br>Greenfingers Garden Supplies</p>",
  ["BSM201"], "Order confirmation: received and being prepared.")
m(20, "fulfillment-question", "text", "Thank you! ({o})",
  "Hi Josh,\n\nA massive thank you for your order {o} with Sock Drawer Co. It really means a lot to a small business like ours.\n\nAll the best,\nAmy",
  ["BSM202"], "Thanks-only message.")
m(21, "fulfillment-question", "text", "Order {o}",
  "Dear Mr Sullivan,\n\nShould anything not be quite right with order {o}, we're here to help. Please don't hesitate to get in touch.\n\n"
  "Kind regards,\nHearth Home Goods",
  ["BSM202"], "Only offers help if a problem comes up.", locale="en-US")
m(22, "delivery-delay", "text", "Small delay on order {o}",
  "Hi Mark,\n\nThe jigsaw in order {o} will now go out a few days later, on 12 December 2026. Sorry about that!\n\n"
  "Cheers,\nPuzzle Den\n\nP.S. Until Sunday you can get 20% off everything in our shop.",
  ["BSM203"], "Permitted delay with a 20% promotional P.S.")
m(23, "additional-information", "text", "Measurements needed for order {o}",
  "Hi Amelia,\n\nFor the made-to-measure blinds in order {o} we still need the drop in centimetres. Could you send it over?\n\n"
  "By the way, our new winter collection has just landed. Follow us on Instagram and sign up to our newsletter so you never miss a launch.\n\n"
  "Thanks,\nWindow Works",
  ["BSM203"], "Information request plus follow-us, newsletter and new collection promotion.")
m(24, "review-request", "text", "Your thoughts on order {o}",
  "Hey Lucy,\n\nWe'd love to know what you think of the yoga mat from order {o}. Would you leave a review on Amazon? "
  "Once it's published, we'll send a little something your way as a thank you.\n\nNamaste,\nStudio Flow Supplies",
  ["BSM204"], "Small token of appreciation once the review is published.")
m(25, "review-request", "text", "Review and refund - {o}",
  "Dear Mr Dixon,\n\nWould you post a review of the cordless drill (order {o})? As soon as your review is live, we will refund the full purchase price.\n\n"
  "Kind regards,\nToolbox Direct",
  ["BSM204"], "Full refund once the review is online.")
m(26, "reply", "text", "Re: Issue sorted ({o})",
  "Hi Ellie,\n\nGlad the replacement charger for order {o} is working now. Now that it's all sorted, would you mind updating your one-star review, "
  "or taking it down altogether? It would help us a lot.\n\nThanks,\nCable Kings",
  ["BSM205"], "Asks to update or remove a one-star review.")
m(27, "review-request", "text", "Happy with order {o}?",
  "Dear Customer,\n\nAre you pleased with the lamp from order {o}? If so, we'd love to hear about it in an Amazon review. "
  "If not, please contact us first rather than leaving a review.\n\nKind regards,\nLamp Loft",
  ["BSM206"], "Review asked only of satisfied buyers; unhappy ones steered away.")
m(28, "review-request", "html", "Got a minute? Order {o}",
  "<p>Hi Ben,</p><p>Thanks for picking up the board games (order {o}). Could you spare a moment to give us five stars on Amazon? "
  "For a small shop like ours it makes a real difference.</p><p>Cheers,<br>The Games Attic</p>",
  ["BSM206"], "Asks for a five-star rating.", locale="en-US")
m(29, "order-problem", "text", "[Important] Order {o} cannot be fulfilled",
  "Dear Mrs Ward,\n\nUnfortunately the trainers in order {o} have sold out in size 5 and the maker has discontinued them. We've therefore adjusted "
  "the order amount (NoInventory).\n\nHonestly, the quickest route is for you to cancel the order yourself under Your Orders, then it's all wrapped up in one go.\n\n"
  "Kind regards,\nStep Up Footwear",
  ["BSM108"], "Advises the buyer to cancel because of no stock, amount adjusted.")
m(30, "order-problem", "text", "Stock issue with order {o}",
  "Dear Mr Lloyd,\n\nI'm afraid the garden bench in order {o} is no longer in stock. We would appreciate it if you could submit a cancellation request through Amazon.\n\n"
  "Kind regards,\nOutdoor Living Co.",
  ["BSM107", "BSM108"], "Asks for a cancellation request, no amount adjustment confirmed.")
m(31, "delivery-delay", "text", "Dispatch of order {o} delayed",
  "Hi Ryan,\n\nDue to a supplier backlog, the printer ink in order {o} will be dispatched on 14 December 2026 instead of 9 December.\n\n"
  "Don't want to hear from us again? Reply STOP to unsubscribe.\n\nInk Station",
  ["BSM305"], "Opt-out instruction (reply STOP to unsubscribe).")
m(32, "reply", "text", "Re: Parcel missing ({o})",
  "Hi Liam,\n\nThat bloody courier has cocked it up again, what a load of shite. He says your parcel from order {o} is with a neighbour but it clearly isn't. "
  "We'll send a new one out tomorrow.\n\nJez, Bell & Spoke",
  ["BSM306"], "British profanity in a reply.")
m(33, "delivery-delay", "text", "Lieferverzögerung Bestellung {o}",
  "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nleider wird der Gartenschlauch aus Bestellung {o} erst am 15. Dezember 2026 versandt. "
  "Wir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nGartenwelt Direkt",
  ["BSM104"], "Message in German to an en-GB buyer.")
m(34, "delivery-scheduling", "text", "Washing machine delivery - order {o}",
  "Dear Mrs Harper,\n\nWe'd like to deliver the washing machine from order {o} on Thursday 17 December between 12pm and 4pm. "
  "If that doesn't work, give us a ring on 0161 496 0732.\n\nThanks,\nNorthern Appliances",
  ["BSM309"], "Seller phone number in UK national format.")
m(35, "reply", "text", "Re: Delivery question {o}",
  "Hi Omar,\n\nDelivery of order {o} is booked for Friday. You can also reach us on WhatsApp at +44 7700 900 482.\n\nCheers,\nCase Club",
  ["BSM309"], "Seller mobile number in international format.")
m(36, "return-follow-up", "text", "Return {o}",
  "Dear Mr Fraser,\n\nTo complete your return for order {o} we need the serial number of the unit. "
  "Alternatively, email a photo of the rating plate to returns@highland-audio.co.uk.\n\nKind regards,\nHighland Audio",
  ["BSM308"], "Plain e-mail address in a return follow-up.")
m(37, "additional-information", "text", "Photo needed for your canvas ({o})",
  "Hi Jasmine,\n\nFor the portrait canvas in order {o} we need the photo in high resolution. Send it to studio at canvasprints dot co dot uk and we'll get started.\n\n"
  "Thanks,\nCanvas Prints",
  ["BSM308"], "Obfuscated e-mail address using 'at' and 'dot'.")
m(38, "delivery-delay", "html", "Later dispatch: order {o}",
  "<p>Hi William,</p><p>The bar stools in order {o} will be dispatched a week later, around 18 December 2026.</p>"
  "<p>You can read more about our lead times on <a href=\"https://www.furnituredirect-york.co.uk/lead-times\">Furniture Direct's lead times page</a>.</p>"
  "<p>Best,<br>Furniture Direct York</p>",
  ["BSM302"], "https link to the seller's own site with descriptive text.")
m(39, "review-request", "html", "Review for order {o}",
  "<p>Hi Nora,</p><p>Would you share your experience with order {o} with other buyers?</p>"
  "<p><a href=\"http://www.amazon.co.uk/review/review-your-purchases/\">Write a review on Amazon.co.uk</a></p><p>Thanks,<br>Wick &amp; Wax Candles</p>",
  ["BSM301"], "Insecure http link to Amazon.")
m(40, "review-request", "html", "How's your teapot? ({o})",
  "<p>Hi Emma,</p><p><img src=\"https://img.teapotemporium.example/cast-iron-teapot-black.jpg\" alt=\"Cast iron teapot, black\" width=\"240\"></p>"
  "<p>Would you write a review of the cast iron teapot from order {o}?</p><p>Best,<br>Teapot Emporium</p>",
  ["BSM310"], "Image of the purchased product.")
m(41, "delivery-delay", "html", "Delay on order {o}",
  "<p><img src=\"https://img.stockpics.example/christmas-tree-lights.jpg\" alt=\"Christmas tree with lights\" width=\"300\"></p>"
  "<p>Hi Hugo,</p><p>Your sunglasses from order {o} will be dispatched two days later, on 10 December 2026.</p><p>Cheers,<br>Shades Bar</p>",
  ["BSM311"], "Unrelated stock image (Christmas tree).")
m(42, "invoice", "html", "Invoice for order {o}",
  "<p><img src=\"https://cdn.paperlane.example/paperlane-logo.png\" width=\"150\"></p>"
  "<p>Dear Customer,</p><p>Please find attached invoice PL/2026/1203 for order {o}.</p><p>Kind regards,<br>Paper Lane Ltd</p>",
  ["BSM402"], "Shop logo with no alt attribute.")
m(43, "delivery-delay", "text", "Your gift is running a bit late ({o})",
  "Hi Freya,\n\nThe teddy from order {o} will go out on Monday 14 December, two days later than planned. We're on it! 🧸✨\n\nLove,\nTeddy Tree",
  ["BSM403"], "Emoji in plain text.")
m(44, "additional-information", "text", "Colour choice for order {o}",
  "Hi Sam,\n\nThe 'ocean' hoodie in order {o} has just sold out, but 'forest' and 'charcoal' are still available. Which one would you like? :)\n\n"
  "Cheers,\nThreadbare Clothing",
  ["BSM403"], "Text emoticon :).", locale="en-US")
m(45, "delivery-delay", "html", "New dispatch date for order {o}",
  "<style>.t{font-size:24px}.m{font-size:17px}.s{font-size:13px}.xs{font-size:10px}</style>"
  "<p class=\"t\">New dispatch date</p><p class=\"m\">Hi George, order {o} will now be dispatched on 16 December 2026.</p>"
  "<p class=\"s\">Apologies for the hold-up.</p><p class=\"xs\">Team Crafty Corner</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
m(46, "delivery-delay", "html", "Order {o} delayed",
  "<p>Dear Ms Reid,</p><p>The rugs in order {o} will be dispatched on 11 December 2026.<br><br><br><br>We apologise for the delay.</p>"
  "<p>Kind regards,<br>Rug Hall</p>",
  ["BSM412"], "Run of four <br> in HTML.")
m(47, "invoice", "text", "[IMPORTANT] Invoice for order {o}",
  "Dear Mr Bishop,\n\nPlease find attached invoice TK/2026/0912 for the toaster in order {o}.\n\nKind regards,\nToast King Ltd",
  ["BSM110"], "[IMPORTANT] tag on an invoice.")
m(48, "review-request", "html", "Review - order {o}",
  "<p>Hi Julia,</p><p>We'd love to hear about your experience with order {o}: "
  "<a href=\"https://www.amazon.co.uk/review/review-your-purchases/\">https://www.amazon.co.uk/review/review-your-purchases/</a></p><p>Best,<br>Bag Lady Boutique</p>",
  ["BSM401"], "Bare URL as link text.")
# ---------------- varying ----------------
m(49, "delivery-delay", "text", "Dispatch delay on your order",
  "Hi Ella,\n\nYour order {d} (the wool throw) will be dispatched on 13 December 2026 instead of 9 December, as the mill is running behind.\n\n"
  "Sorry for the wait,\nWoolly Mill Shop",
  ["BSM102"], "Order number written without hyphens, so no valid order number.")
m(50, "delivery-delay", "html", "Order {o} - new dispatch date",
  "<div style=\"padding:0 140px\"><p>Dear Mr Grant,</p><p>Your order {o} will be dispatched on 15 December 2026.</p>"
  "<p>Kind regards,<br>Highland Knitwear</p></div>",
  ["BSM405"], "140px padding on each side, over 20% of the message width.")
