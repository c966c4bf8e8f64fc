# -*- coding: utf-8 -*-
"""Blind evaluation set v4, English (en-GB, a few en-US)."""

LANG = "en"
MESSAGES = []


def _oid(n):
    a = (5128807 + n * 130363) % 10000000
    b = (8821047 + n * 65537 * 3) % 10000000
    return "203-%07d-%07d" % (a, b)


def M(n, typ, fmt, subject, body, expected, note, locale="en-GB"):
    oid = _oid(n)
    rep = lambda s: s.replace("{O}", oid).replace("{O_RAW}", oid.replace("-", ""))
    MESSAGES.append({
        "id": "v4-en-%03d" % n, "language": LANG, "locale": locale, "type": typ,
        "format": fmt, "subject": rep(subject), "body": rep(body), "order_id": oid,
        "expected": sorted(expected), "note": note,
    })


# ---------------- clean ----------------
M(1, "delivery-delay", "text", "Order {O} - running a little late",
  "Hi Gemma,\n\nJust a quick heads-up on order {O}. Our supplier's delivery of the oak picture frames slipped by a week, so yours will now go out on Friday 13th December rather than this Monday.\n\nSorry about that. We'll shout if anything changes again.\n\nCheers,\nTom\nFrame & Fettle",
  [], "Chatty plain-text delivery delay with British date style; clean.")

M(2, "delivery-delay", "html", "Update on your order {O}",
  "<p>Dear Mr Whitfield,</p>\n<p>We are writing about order <strong>{O}</strong>. The cast-iron casserole dish you ordered is being re-enamelled after a quality check, which pushes back its dispatch.</p>\n<table>\n<tr><td>Previous dispatch date:</td><td>2 December 2024</td></tr>\n<tr><td>Revised dispatch date:</td><td>9 December 2024</td></tr>\n</table>\n<p>We apologise for the wait and thank you for your patience.</p>\n<p>Kind regards,<br>\nCustomer Care Team<br>\nHearth &amp; Harrow Ltd</p>",
  [], "Builder HTML delivery delay with a table and no styling; clean.")

M(3, "order-problem", "text", "[Important] Problem with your order {O}",
  "Dear Ms Okafor,\n\nI'm sorry to tell you that we can't send the Bluetooth turntable from order {O}: the last unit failed our pre-dispatch test. We have adjusted the full order amount of £149.99 in Seller Central with the reason CouldNotShip, so the refund is on its way to your original payment method.\n\nApologies again for the disappointment.\n\nBest regards,\nDaniel Price\nSpin Cycle Audio",
  [], "Order problem with [Important] and a confirmed CouldNotShip adjustment; clean.")

M(4, "additional-information", "text", "Quick question about order {O}",
  "Hello,\n\nThanks for order {O}. You picked the made-to-measure roller blind but the drop measurement came through as 0 cm. Could you let us know the drop you need (in cm), so we can cut the blind?\n\nMany thanks,\nPriya\nBlindspot Interiors",
  [], "Asks for a missing measurement needed to complete the order; clean.")

M(5, "return-follow-up", "text", "Your return request - order {O}",
  "Dear Mr Hughes,\n\nYou've asked to return the walking boots from order {O} because of a scuff on the left toe. If you'd be happy to keep them, we can offer a partial refund of £18.00 instead, and you wouldn't need to post anything back.\n\nJust reply to let us know which you prefer. If we don't hear back we'll go ahead with the return as requested.\n\nKind regards,\nRhiannon\nPeak & Path Outdoor",
  [], "Return follow-up offering a partial refund; clean.")

M(6, "return-follow-up", "html", "Return for order {O}: one question",
  "<p>Hi Jordan,</p>\n<p>Thanks for starting a return on order {O}. Before we can send the right prepaid label, could you tell us whether you're returning both the desk lamp and the spare bulbs, or just the lamp?</p>\n<p>Thanks,<br>\nMarcus<br>\nBrightwork Lighting Co.</p>",
  [], "Return follow-up asking for information needed to complete the return; en-US buyer; clean.", locale="en-US")

M(7, "invoice", "text", "VAT invoice for order {O}",
  "Dear Customer,\n\nPlease find attached the VAT invoice for order {O}.\n\nInvoice no.: INV/2024/12/0093\nTotal: £312.00 (incl. VAT at 20%: £52.00)\n\nYours faithfully,\n\nAccounts Department\nKnightsbridge Office Supplies Ltd\nUnit 4, Riverside Trading Estate\nReading RG1 8QT\nRegistered in England and Wales, company no. 08471236\nVAT reg. no. GB 284 7619 52",
  [], "Invoice with slashed invoice number, UK company and VAT numbers; clean.")

M(8, "review-request", "text", "How are you getting on with order {O}?",
  "Hello,\n\nYour bird feeder from order {O} should have arrived a little while ago. If you have a moment, would you write a review on Amazon? Whatever your experience, honest feedback helps other buyers decide.\n\nBest wishes,\nThe team at Wren's Nest Garden Supplies",
  [], "Neutral plain-text review request; clean.")

M(9, "review-request", "html", "Share your thoughts on order {O}",
  "<p><img src=\"https://assets.thistleandthread.co.uk/email/thistle-and-thread-logo.png\" alt=\"Thistle &amp; Thread\" width=\"180\" height=\"64\"></p>\n<p>Dear Mrs Campbell,</p>\n<p>We hope the tartan throw from order {O} is keeping you cosy. If you'd like to tell other shoppers what you think of it, you can <a href=\"https://www.amazon.co.uk/review/create-review?asin=B0CPT3W8LM\">leave a review on Amazon.co.uk</a>.</p>\n<p>Warm regards,<br>\nThistle &amp; Thread</p>",
  [], "HTML review request with shop logo (alt names the shop) and descriptive https Amazon link; clean.")

M(10, "delivery-scheduling", "text", "Booking a delivery slot for order {O}",
  "Dear Mr Patel,\n\nYour American-style fridge freezer (order {O}) is coming on our two-person van. We have these slots free in your area:\n\n- Tuesday 17 December, 7am-12pm\n- Tuesday 17 December, 12pm-5pm\n- Thursday 19 December, 7am-12pm\n\nWhich one suits you? The unit is 91 cm wide, so please also let us know if there are any narrow doorways or stairs on the way in.\n\nKind regards,\nDelivery Planning\nColdchain Appliances",
  [], "Delivery scheduling for a bulky item with British time slots; clean.")

M(11, "home-service-appointment", "html", "Your TV wall-mounting appointment - order {O}",
  "<p>Hi Ms Reynolds,</p>\n<p>Thanks for booking TV wall-mounting with order {O}. Our installer can come at any of these times:</p>\n<ul>\n<li>Saturday, January 11, 2025, 9:00 AM - 11:00 AM</li>\n<li>Monday, January 13, 2025, 1:00 PM - 3:00 PM</li>\n</ul>\n<p>Please reply with the time that works best for you.</p>\n<p>Best,<br>\nMountRight Home Services</p>",
  [], "Home-service appointment in US date and time formats for an en-US buyer; clean.", locale="en-US")

M(12, "custom-design-verification", "text", "Design proof for your order {O}",
  "Hi Chloe,\n\nAttached is the proof for your personalised dog tag (order {O}). Front: 'BISCUIT', back: 'If found please contact my owner', in the rounded font you chose, 32 mm diameter.\n\nCould you check the spelling and layout and reply with 'approved' or any changes? We won't engrave until we hear from you.\n\nThanks,\nEllie\nWaggy Tags Workshop",
  [], "Custom design proof sent for approval; clean.")

M(13, "fulfillment-question", "text", "Access to your building - order {O}",
  "Good morning,\n\nOur courier tried to deliver order {O} (DPD consignment no. 15508821337A, booking ref. 46/B/2291) yesterday but couldn't get past the entrance gate. Is there a gate code or a concierge the driver should ask for? We'll only pass the details on to the courier for this delivery.\n\nKind regards,\nDispatch Team\nRowan Office Furniture",
  [], "Gate-code question with reference numbers that are not phone numbers; clean.")

M(14, "reply", "text", "RE: 'Kaffeemühle Klassik' grind settings - order {O}",
  "Hi Oliver,\n\nGood question. On the 'Kaffeemühle Klassik' you bought with order {O}, turn the top nut clockwise for a finer grind; about six clicks from fully tight is right for a cafetière. The German title is just the maker's name for it, nothing is missing from your box.\n\nAll the best,\nBean There Ltd",
  [], "Reply quoting a German product title inside English sentences; clean.")

M(15, "reply", "text", "RE: Faulty kettle - order {O}",
  "Dear Mrs Doyle,\n\nSorry to hear the kettle from order {O} has stopped switching off. It is covered by the manufacturer's 2-year warranty; the manufacturer's warranty helpline (Kettleby UK) is 0345 601 2288, Monday to Friday, 9am to 5pm. They'll arrange a replacement directly.\n\nIf they can't help, just message us here.\n\nKind regards,\nKitchen Corner",
  [], "Reply with the manufacturer's warranty helpline marked as such (BSM309 exception); clean.")

M(16, "reply", "html", "RE: Can you add our company name to the invoice? ({O})",
  "<p>Dear Mr Ferguson,</p>\n<p>Of course. The corrected invoice for order {O}, now made out to Ferguson Joinery Ltd, is attached.</p>\n<p>Kind regards,<br>\nHelen Marsh<br>\nCustomer Service Advisor</p>\n<p><small>Toolstore Direct Ltd, 27 Canal Street, Manchester M1 3HE. Registered in England and Wales no. 10293847. VAT no. GB 301 5582 46.</small></p>",
  [], "Reply with a UK company-details footer in <small>; clean.")

M(17, "reply", "text", "RE: Refund for returned jacket - order {O}",
  "Hi Sam,\n\nYour return (RMA 77-40219) was signed for at our warehouse on 28/11/2024 at 10:42 (Royal Mail tracking JX 4729 1834 6GB). We refunded £64.50 for order {O} on 29 November; banks usually take 3-5 working days to show it.\n\nThanks,\nAmy\nNorthern Threads",
  [], "Reply with return, tracking, date, time and amount; none is a phone number; clean.")

# ---------------- violations ----------------
M(18, "fulfillment-question", "text", "Good news about order {O}",
  "Hi Harry,\n\nYour order {O} was collected from our warehouse this afternoon and is now with Evri. You should have it by Thursday.\n\nCheers,\nThe Bike Shed",
  ["BSM201"], "Shipping confirmation: collected and handed to the carrier.")

M(19, "fulfillment-question", "html", "We've got your order {O}",
  "<p>Dear Ms Turner,</p>\n<p>Just to let you know that order {O} has come through to us and our team are already getting it ready.</p>\n<p>Best wishes,<br>\nThe Tea Caddy</p>",
  ["BSM201"], "Order confirmation: received and being prepared.")

M(20, "reply", "text", "Order {O}",
  "Dear Customer,\n\nA huge thank you for choosing Little Acorn Toys for order {O}. We really appreciate your custom!\n\nWarmest wishes,\nLittle Acorn Toys",
  ["BSM202"], "Thanks-only message.")

M(21, "fulfillment-question", "text", "Your order {O}",
  "Hello,\n\nShould anything not be quite right with order {O}, please don't hesitate to drop us a line here. We're always happy to help.\n\nKind regards,\nBathroom Bits UK",
  ["BSM202"], "Only an offer to help if a problem arises.", locale="en-US")

M(22, "delivery-delay", "text", "Short delay on order {O}",
  "Hi Lucy,\n\nThe printer has delayed our new batch of notebooks, so order {O} will now leave us on Tuesday 17 December instead of today. Sorry!\n\nBest,\nInkwell Stationery\n\nP.S. Use code INKWELL20 before Sunday for 20% off everything in our shop.",
  ["BSM203"], "Permitted delay with a 20%-off-everything P.S.")

M(23, "reply", "html", "RE: Sizing on the wool jumper ({O})",
  "<p>Hi Ben,</p>\n<p>The jumper in order {O} is a relaxed fit, so most people take their usual size.</p>\n<p>By the way, our new spring collection has just landed. Follow us on Facebook or sign up to our newsletter to be the first to see it.</p>\n<p>Thanks,<br>\nHebridean Knits</p>",
  ["BSM203"], "Reply with 'new collection, follow us, newsletter' promotion (no link).")

M(24, "review-request", "text", "A small favour - order {O}",
  "Dear Mrs Ahmed,\n\nWe hope you're enjoying the herb planter from order {O}. Would you write a review on Amazon? Once your review is live, we'll pop a little thank-you gift in the post.\n\nKind regards,\nGreenSprout",
  ["BSM204"], "Small gift promised once the review is published.")

M(25, "review-request", "html", "Your review for order {O}",
  "<p>Hello,</p>\n<p>Thanks for buying our USB-C charger (order {O}). Post an honest review on Amazon and message us once it's up: we'll refund the full purchase price.</p>\n<p>Regards,<br>\nChargeWise</p>",
  ["BSM204"], "Full refund offered once the review is online.")

M(26, "reply", "text", "RE: Broken mug - order {O}",
  "Dear Mr Lawson,\n\nThe replacement mug for order {O} went out this morning and should reach you tomorrow. Now that's sorted, would you be willing to update or take down your one-star review? It would mean a great deal to a small pottery like ours.\n\nBest regards,\nJess\nMudlark Pottery",
  ["BSM205"], "Asks the buyer to update or remove a one-star review.")

M(27, "review-request", "text", "Happy with order {O}?",
  "Dear Customer,\n\nIf you're pleased with your new desk fan from order {O}, we'd love it if you left us a review on Amazon. If it hasn't lived up to expectations, please get in touch with us first rather than posting a review, so we can put it right.\n\nKind regards,\nBreezeHome",
  ["BSM206"], "Review asked only from satisfied buyers; unhappy ones steered away.")

M(28, "review-request", "html", "We'd value your feedback - order {O}",
  "<p>Dear Ms Bennett,</p>\n<p>Thank you for choosing our yoga blocks (order {O}). If you could spare a moment to give us a 5-star rating on Amazon, it would help us enormously.</p>\n<p>Namaste,<br>\nStillpoint Yoga</p>",
  ["BSM206"], "Asks for a five-star rating.")

M(29, "order-problem", "text", "[Important] Order {O}: item unavailable",
  "Dear Mr Gallagher,\n\nUnfortunately the second bar stool in order {O} has sold out. We've adjusted the order amount for that stool with the reason NoInventory (£59.00 less). The first stool can still be sent.\n\nIf you'd rather not have just the one, the quickest way is to cancel the order yourself from Your Orders.\n\nKind regards,\nPerch Furniture",
  ["BSM108"], "Adjusted order problem that still advises the buyer to cancel.")

M(30, "order-problem", "text", "Your order {O}",
  "Dear Ms Walsh,\n\nOur supplier has told us the espresso cups in order {O} are out of stock for the foreseeable future. We'd be grateful if you could submit a cancellation request through your Amazon account so we can close the order.\n\nKind regards,\nCrema Corner",
  ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request, no adjustment confirmed.")

M(31, "delivery-delay", "text", "Delay to order {O}",
  "Dear Customer,\n\nDue to high volumes at the courier, your shoe rack (order {O}) will be dispatched two days later, on Thursday 19 December.\n\nKind regards,\nTidy Home Storage\n\nTo stop receiving messages from us, reply STOP.",
  ["BSM305"], "Opt-out instruction: reply STOP.")

M(32, "reply", "text", "RE: Parcel {O} still missing",
  "Hi Connor,\n\nThe bloody useless courier has sent your parcel (order {O}) to the wrong address again, for fuck's sake. We've put a replacement aside and it'll go out tomorrow.\n\nCheers,\nLiam\nRetro Games Vault",
  ["BSM306"], "English profanity in a reply.")

M(33, "delivery-delay", "text", "Vertraging bestelling {O}",
  "Beste klant,\n\nDe tuinverlichting uit bestelling {O} wordt helaas een paar dagen later verzonden dan gepland. We verwachten hem nu op woensdag 18 december te versturen.\n\nMet vriendelijke groet,\nGlow Garden Lighting",
  ["BSM104"], "Message to an en-GB buyer written entirely in Dutch.")

M(34, "additional-information", "text", "Delivery address for order {O}",
  "Dear Mr Evans,\n\nThe address on order {O} seems to be missing a house number. Could you let us know? Or give us a ring on 07700 900461, any day until 6pm.\n\nThanks,\nGareth\nValleys Cycle Parts",
  ["BSM309"], "Seller's mobile number in UK national format.")

M(35, "reply", "html", "RE: Assembly instructions ({O})",
  "<p>Dear Mrs Hart,</p>\n<p>The assembly instructions for the wardrobe in order {O} are attached as a PDF. If you get stuck, call our helpdesk on +44 (0)20 7946 0321.</p>\n<p>Kind regards,<br>\nWardrobe World</p>",
  ["BSM309"], "Seller's helpdesk number in international format.")

M(36, "return-follow-up", "text", "Return {O}: photos needed",
  "Dear Mr Knight,\n\nTo complete the return of the cracked mirror from order {O}, we need a couple of photos of the damage. Could you email them to returns@reflectmirrors.co.uk?\n\nKind regards,\nReflect Mirrors",
  ["BSM308"], "Plain e-mail address in a return follow-up.")

M(37, "additional-information", "text", "Gift message for order {O}",
  "Hi there,\n\nOrder {O} includes a gift card but no message came through. What would you like it to say? You can also send it to orders at petalpost dot co dot uk.\n\nThanks,\nPetal Post",
  ["BSM308"], "E-mail address obfuscated with 'at' and 'dot'.")

M(38, "reply", "html", "RE: Caring for the oak table ({O})",
  "<p>Dear Mr Graham,</p>\n<p>Thanks for asking. For the table in order {O}, we recommend oiling it twice a year. There's a step-by-step guide in <a href=\"https://www.oakandember.co.uk/care/oak-tables\">our oak table care guide on our website</a>.</p>\n<p>Kind regards,<br>\nOak &amp; Ember</p>",
  ["BSM302"], "Descriptive https link to the seller's own website.")

M(39, "review-request", "html", "Review your order {O}",
  "<p>Dear Customer,</p>\n<p>Your flask from order {O} has been delivered. We'd like to hear what you think: <a href=\"http://www.amazon.co.uk/review/create-review?asin=B0D4HQ8R2N\">write a review on Amazon.co.uk</a>.</p>\n<p>Regards,<br>\nKeepWarm</p>",
  ["BSM301"], "Descriptive Amazon link over http.")

M(40, "delivery-delay", "html", "Order {O} is running late",
  "<p>Hi Sophie,</p>\n<p>The rattan pendant light in order {O} will now go out next Tuesday rather than this week.</p>\n<p><img src=\"https://cdn.caneandwillow.co.uk/products/rattan-pendant-light-45cm.jpg\" alt=\"Rattan pendant light 45 cm\" width=\"300\"></p>\n<p>Best,<br>\nCane &amp; Willow</p>",
  ["BSM310"], "Image of the purchased product (file name and alt name it).")

M(41, "review-request", "html", "How's your order {O}?",
  "<p><img src=\"https://images.stockpics-library.com/tropical-beach-palm-sunset.jpg\" alt=\"Tropical beach at sunset\" width=\"400\"></p>\n<p>Dear Mr Foster,</p>\n<p>How are you finding the coffee maker from order {O}? Would you write a review of it on Amazon? It helps other buyers.</p>\n<p>Kind regards,<br>\nDaily Grind Supplies</p>",
  ["BSM311"], "Stock beach image unrelated to the shop.")

M(42, "delivery-delay", "html", "New dispatch date for order {O}",
  "<p><img src=\"https://cdn.pageandquill.co.uk/email/page-and-quill-logo.png\" alt=\"\" width=\"140\"></p>\n<p>Dear Ms Lloyd,</p>\n<p>The book in order {O} is being reprinted by the publisher. We expect to dispatch it on 23 December.</p>\n<p>Kind regards,<br>\nPage &amp; Quill Books</p>",
  ["BSM402"], "Shop logo with empty alt attribute.")

M(43, "additional-information", "text", "Glaze colour for order {O} 🎨",
  "Hi Megan!\n\nYou ordered a handmade mug with order {O} but haven't picked a glaze yet. Sea blue, moss green or sand? 😊\n\nLove,\nKiln & Co",
  ["BSM403"], "Emoji in subject and body.")

M(44, "reply", "text", "RE: Collecting in person ({O})",
  "Hi Josh,\n\nSorry, you can't collect order {O} from us; we're a warehouse, not a shop. It'll come by post as normal :)\n\nCheers,\nModel Makers Hub",
  ["BSM403"], "Text emoticon :) in a reply.")

M(45, "invoice", "html", "Invoice for order {O}",
  "<style>\nh1 { font-size: 24px; }\nh2 { font-size: 18px; }\n.body-copy { font-size: 15px; }\n.legal { font-size: 10px; }\n</style>\n<h1>Invoice</h1>\n<h2>Order {O}</h2>\n<p class=\"body-copy\">Please find attached invoice no. INV-2024/4471.</p>\n<p class=\"legal\">Presswell Print Ltd, company no. 11842093, VAT no. GB 398 1177 40</p>",
  ["BSM410"], "Four explicit font sizes in a <style> block plus the default.")

M(46, "delivery-delay", "html", "Order {O} - later dispatch",
  "<p>Dear Mr Cooper,</p>\n<p>Unfortunately order {O} will not be dispatched until 20 December.</p>\n<p></p>\n<p></p>\n<p>We apologise for the inconvenience.<br><br><br><br>Kind regards,<br>\nSlumber Beds</p>",
  ["BSM412"], "Empty paragraphs and a run of <br> in HTML.")

M(47, "invoice", "text", "[Important] Invoice for order {O}",
  "Dear Customer,\n\nPlease find attached your invoice for order {O} (invoice no. 2024/12/118).\n\nKind regards,\nAccounts\nLittle Wheels Bikes Ltd\nCompany no. 09837162 | VAT no. GB 217 4409 83",
  ["BSM110"], "[Important] tag on an invoice, which is not critical.")

M(48, "reply", "html", "RE: Pairing the thermostat ({O})",
  "<p>Hi Ryan,</p>\n<p>For the smart thermostat in order {O} there's a step-by-step pairing guide on the product page. <a href=\"https://www.amazon.co.uk/dp/B0C8LW3P7K\">Click here</a>.</p>\n<p>Cheers,<br>\nSmartNest UK</p>",
  ["BSM401"], "'Click here' link text.")

# ---------------- varying ----------------
M(49, "delivery-delay", "html", "Order {O} - revised dispatch date",
  "<div style=\"padding: 0 140px;\">\n<p>Dear Mrs Shaw,</p>\n<p>The garden parasol in order {O} will be dispatched five days later than planned, on Monday 16 December.</p>\n<p>Kind regards,<br>\nPatio Outfitters</p>\n</div>",
  ["BSM405"], "140 px padding on each side, over 20% of 600 px.")

M(50, "review-request", "html", "Your thoughts on order {O}",
  "<p>Dear Customer,</p>\n<p>Your backpack from order {O} arrived last week. Would you consider <a href=\"https://www.amazon.co.uk/review/create-review?asin=B0CX2M7TQ9\">writing a review on Amazon.co.uk</a>? Every opinion helps other shoppers.</p>\n<p>Kind regards,<br>\nTrailhead Packs</p>\n<img src=\"https://mailtrack.trailheadpacks.co.uk/open.png?uid=88213&amp;order={O}\" width=\"1\" height=\"1\">",
  ["BSM307", "BSM402"], "1x1 tracking pixel without alt text.")
