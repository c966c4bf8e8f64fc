"""v14 blind evaluation set: English (en-GB). Standard library only."""

LANG, LOCALE, PREFIX = "en", "en-GB", "451"
MESSAGES = []


def _oid(n):
    a = (n * 6353 + 5820974) % 10000000
    b = (n * 86243 + 1693993) % 10000000
    return f"{PREFIX}-{a:07d}-{b:07d}"


def M(typ, fmt, subject, body, expected, note):
    n = len(MESSAGES) + 1
    oid = _oid(n)
    plain = oid.replace("-", "")
    MESSAGES.append({
        "id": f"v14-{LANG}-{n:03d}", "language": LANG, "locale": LOCALE,
        "type": typ, "format": fmt,
        "subject": subject.replace("{O}", oid).replace("{N}", plain),
        "body": body.replace("{O}", oid).replace("{N}", plain),
        "order_id": oid, "expected": sorted(expected), "note": note,
    })


IMG = "https://m.media-amazon.com/images/S/abs-image-upload-na/"

# ---------------------------------------------------------------- clean (17)
M("delivery-delay", "text", "Order {O} - revised dispatch date",
  "Hi Rachel,\n\nJust a quick heads-up on your order {O}. The kiln element went on Monday, so your set of four hand-thrown mugs is still waiting for its glaze firing. The new part arrives tomorrow.\n\nIt should now go out on Thursday 17 December 2026. Sorry for the wait.\n\nCheers,\nTom\nTyne Valley Pottery, Hexham",
  [], "Clean plain-text delay from a small workshop with a new dispatch date.")

M("delivery-delay", "html", "Delay to your order {O}",
  "<p>Dear Mr Okafor,</p>\n<p>We're sorry to let you know that your order <strong>{O}</strong> (Merino Crew Jumper, navy, size L) has been held up at our supplier's mill.</p>\n<table>\n<tr><td>Original dispatch date</td><td>9 December 2026</td></tr>\n<tr><td>Revised dispatch date</td><td>15 December 2026</td></tr>\n</table>\n<p>We'll let you know if anything changes.</p>\n<p>Kind regards,<br>Customer Care, Highland Knitwear Co.</p>",
  [], "Clean builder-HTML delay notice with a date table.")

M("order-problem", "text", "[Important] Item unavailable - order {O}",
  "Dear Ms Hughes,\n\nI'm afraid the Victorian-style brass door knocker in your order {O} failed our final quality check and we have no further stock.\n\nWe have adjusted the order amount in full (reason: no inventory), so £34.99 will be returned to your original payment method within a few working days.\n\nApologies for the disappointment.\n\nYours sincerely,\nGraham Pike\nPike & Daughters Ironmongery",
  [], "Clean order problem with [Important] tag and a confirmed amount adjustment.")

M("additional-information", "text", "Engraving details needed for order {O}",
  "Hello,\n\nThank you for ordering the engraved hip flask (order {O}). The personalisation box came through empty, so we can't start on it yet.\n\nCould you reply with the wording you'd like? Up to 24 characters, and let us know if you'd prefer script or block capitals.\n\nMany thanks,\nPriya\nEtched & Co.",
  [], "Clean request for personalisation details needed to complete the order.")

M("return-follow-up", "text", "Your return - order {O}",
  "Dear Mr Whitfield,\n\nThanks for the photos of the garden parasol. From what we can see only the pole has a scuff near the base; the canopy and crank are fine.\n\nRather than sending the whole parasol back, we could offer you a partial refund of £18.00 on order {O} and you keep it. Would that suit you? If you'd still prefer a full return, that's no problem either.\n\nBest regards,\nHelen Marsh\nShade & Shelter Garden Co.",
  [], "Clean return follow-up offering a partial refund.")

M("return-follow-up", "html", "Return for order {O} - one quick question",
  "<p>Hi Callum,</p>\n<p>Your returned walking boots (order {O}) arrived with us this morning, but there was no returns slip in the box. To finish processing the return we just need to know:</p>\n<ul>\n<li>Would you like an exchange for a size 10, or a refund?</li>\n</ul>\n<p>A one-line reply is plenty.</p>\n<p>Thanks,<br>Jess at Peak Trail Outfitters</p>",
  [], "Clean HTML return follow-up asking for information needed to complete it.")

M("invoice", "text", "VAT invoice for order {O}",
  "Dear Sir or Madam,\n\nAs requested, please find attached VAT invoice INV/2026/12/0214 for order {O}, made out to Hartley Joinery Ltd.\n\nTotal: £1,074.00 including VAT at 20% (VAT: £179.00).\n\nKind regards,\n\nAccounts Team\nBramble Tool Supplies Ltd\nUnit 7, Canal Side Industrial Estate, Leeds LS11 5QR\nRegistered in England and Wales, Company No. 09384712 | VAT Reg. No. GB 284 6619 07",
  [], "Clean invoice with UK company number, VAT number and a slashed invoice number.")

M("review-request", "text", "How are you getting on with your order {O}?",
  "Dear Mrs Patel,\n\nYou bought a set of linen napkins from us a little while ago (order {O}). Would you mind leaving a review of them on Amazon? Whatever you thought, it helps other shoppers decide.\n\nThank you for your time.\n\nBest wishes,\nThe Linen Cupboard",
  [], "Clean neutral plain-text review request.")

M("review-request", "html", "Your thoughts on the rain jacket? (order {O})",
  "<p><img src=\"" + IMG + "coastline_outdoor_logo.png\" alt=\"Coastline Outdoor logo\" width=\"170\"></p>\n<p>Hi Megan,</p>\n<p>A few weeks ago you ordered our packable rain jacket (order {O}). We'd really like to hear what you make of it, and so would other buyers.</p>\n<p><a href=\"https://www.amazon.co.uk/review/create-review?asin=B0CQ7RJ4XN\">Write a review on Amazon.co.uk</a></p>\n<p>All the best from Falmouth,<br>Coastline Outdoor</p>",
  [], "Clean HTML review request with shop logo (alt names shop) and descriptive Amazon link.")

M("delivery-scheduling", "text", "Arranging delivery of your range cooker - order {O}",
  "Good morning Mr Donnelly,\n\nYour range cooker (order {O}) weighs 112 kg and comes on a two-person delivery, so we need to book a slot with you.\n\nAvailable slots:\n- Tuesday 15 December, 8am to 12 noon\n- Wednesday 16 December, 12 noon to 5pm\n- Friday 18 December, 8am to 12 noon\n\nWhich suits you best? Also, are there any steps or narrow doorways we should know about?\n\nKind regards,\nDelivery Planning, Hearth & Home Appliances",
  [], "Clean delivery scheduling for a bulky item with UK dates and slots.")

M("home-service-appointment", "html", "Fitting appointment for order {O}",
  "<p>Dear Ms Adeyemi,</p>\n<p>You added professional fitting to your electric shower (order {O}). Our engineer, Steve, could come on <strong>Monday 14 December 2026 at 9:30am</strong> or <strong>Thursday 17 December 2026 at 1:00pm</strong>.</p>\n<p>Please let us know which works for you, and whether there's off-street parking.</p>\n<p>Kind regards,<br>Aqua Fit Services</p>",
  [], "Clean home-service appointment with two dated time options.")

M("custom-design-verification", "text", "Proof for your sign - order {O}",
  "Hi Jamie,\n\nAttached is the proof for your house sign (order {O}): 'The Old Forge' with the number 14 underneath, in the serif font you chose, on slate measuring 40 x 20 cm.\n\nCould you check the wording and layout? Once you give us the go-ahead we'll start cutting. Any tweaks, just say.\n\nThanks,\nOwen\nSlate & Stone Signs, Bethesda",
  [], "Clean custom design verification with an attached proof.")

M("fulfillment-question", "text", "Access code needed - order {O}",
  "Dear Mr Nowak,\n\nThe courier couldn't deliver your parcel yesterday (order {O}, tracking number JD0002249517384612) because the main entrance to Harbour View Apartments was locked.\n\nCould you let us have the door entry code, or the name of a neighbour happy to take it in? Our reference for this is HV-2026-4471.\n\nKind regards,\nCustomer Service, Deskright Office Supplies",
  [], "Clean door-code question with tracking and reference numbers.")

M("reply", "text", "Re: Question about 'Moulin à Poivre Classique' (order {O})",
  "Hi Sophie,\n\nGood question! The 'Moulin à Poivre Classique' you bought from us (order {O}) comes from a small French mill maker, hence the French packaging. The ring under the head sets the grind: turn it towards 'fin' for fine and 'gros' for coarse.\n\nWe can send you the English care leaflet as a PDF if that helps.\n\nBest,\nLaura at The Spice Drawer",
  [], "Clean reply quoting a German product title inside English sentences.")

M("reply", "text", "Re: Robot mower stopped docking - {O}",
  "Dear Mrs Fletcher,\n\nSorry to hear your robot mower no longer finds its charging dock after four months. It's still covered by the manufacturer's two-year warranty.\n\nWarranty claims are handled by the manufacturer directly. Manufacturer's warranty helpline (Greenblade Robotics UK): 0800 046 9132, Monday to Friday, 9am to 5pm. Have your order number {O} to hand.\n\nIf you run into any trouble with them, do let us know.\n\nKind regards,\nDaniel Ross\nRoss Electricals",
  [], "Clean reply with the manufacturer's warranty helpline marked as such.")

M("reply", "html", "Re: Company details for order {O}",
  "<p>Dear Mr Ashworth,</p>\n<p>As requested, our company details for your purchase ledger are below (order {O}).</p>\n<p>Kind regards,<br>Nadia Khan<br>Office Manager</p>\n<p><small>Quill &amp; Ledger Stationery Ltd · 22 Bridge Street, Chester CH1 1NQ · Registered in England and Wales No. 11572093 · VAT No. GB 319 2204 58</small></p>",
  [], "Clean HTML reply with a company-details footer.")

M("reply", "text", "Re: Refund status for order {O}",
  "Hi Aiden,\n\nI've had a look for you. Your return (returns reference RTN-55187, Royal Mail tracking QH224180953GB) was booked in at our warehouse on 3 December at 11:05am.\n\nThe refund of £27.30 for order {O} went through on 5 December 2026. Depending on your bank it can take 3 to 5 working days to show.\n\nCheers,\nBecky\nSpokes Cycle Parts",
  [], "Clean reply with return/tracking numbers, dates, a time and an amount.")

# ---------------------------------------------------------------- violations (31)
M("fulfillment-question", "text", "On its way! Order {O}",
  "Hi there,\n\nGood news: your order {O} left our Northampton warehouse this morning and has been handed over to DPD. Expect it in the next day or two.\n\nBest,\nThe Waggy Tails Team",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

M("fulfillment-question", "html", "We're on it - order {O}",
  "<p>Hi Chloe,</p>\n<p>We've got your order {O} and we're wrapping your candles by hand right now, with plenty of tissue so nothing gets chipped.</p>\n<p>Love,<br>Wick &amp; Wax Candle Co.</p>",
  ["BSM201"], "Order confirmation: received and being prepared.")

M("fulfillment-question", "text", "Thank you! - {O}",
  "Dear Martin,\n\nThank you so much for your order {O} from Meadow Seed Co. It genuinely means a lot when people choose a tiny family nursery.\n\nWarm wishes,\nSue and Alan",
  ["BSM202"], "Thanks-only message.")

M("reply", "text", "Re: order {O}",
  "Good afternoon,\n\nIf anything's wrong with your model railway set, or a part turns out to be missing, we're always here to help. Just drop us a message.\n\nKind regards,\nJunction Box Models",
  ["BSM202"], "Only an offer to help if problems come up.")

M("delivery-delay", "text", "New dispatch date for order {O}",
  "Dear Mrs Greene,\n\nYour log store (order {O}) will now go out on 21 December 2026 rather than 11 December; the larch cladding is late from the sawmill.\n\nSorry for the delay.\n\nKind regards,\nCotswold Timber Stores\n\nP.S. Until Sunday there's 20% off everything in the shop with code FROSTY20.",
  ["BSM203"], "Delivery delay with a P.S. promoting 20% off the whole range.")

M("additional-information", "html", "Name tag spelling - order {O}",
  "<p>Hi Abbie,</p>\n<p>Quick check on your order {O}: the name tag for the collar says 'Bisket', but your note spells it 'Biscuit'. Which spelling should we stamp?</p>\n<p>While you're here, follow us on Instagram and sign up to our newsletter - our new range of leather leads launches in January!</p>\n<p>Love,<br>Good Boy Leatherworks</p>",
  ["BSM203"], "Permitted question plus follow-us, newsletter and new collection promotion.")

M("review-request", "text", "Your thoughts on the tea (order {O})",
  "Hi Josh,\n\nYou recently bought our 'Assam Breakfast' loose-leaf tea (order {O}). Would you be up for writing a review on Amazon?\n\nAs a little thank-you we'll pop a tin of our house Earl Grey in the post once your review has gone live.\n\nCheers,\nKettle & Leaf Tea Merchants",
  ["BSM204"], "Small gift once the review is published.")

M("review-request", "text", "Review and refund - order {O}",
  "Dear Ms Carter,\n\nWe'd be very grateful if you could review the resistance bands from order {O}. Just message us once your review is showing and we'll refund the full purchase price.\n\nCheers,\nIronside Fitness",
  ["BSM204"], "Full refund once the review is online.")

M("reply", "text", "Re: Complaint about the bike lights ({O})",
  "Dear Mr Holloway,\n\nI'm glad the flickering rear light is sorted and the replacement has reached you (order {O}).\n\nNow that everything's resolved, would you consider amending your one-star review, or taking it down? For a small business like ours every rating carries a lot of weight.\n\nKind regards,\nLumo Cycle Lights",
  ["BSM205"], "Asks to update or remove a one-star review.")

M("review-request", "text", "How are the roses doing? (order {O})",
  "Hi Zara,\n\nYour bare-root David Austin roses have had a few weeks to settle in (order {O}). If they're doing well, we'd be thrilled with a review on Amazon.\n\nIf they're struggling, please don't leave a review - get in touch with us first and we'll put it right together.\n\nBest,\nHedgerow Plant Nursery",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")

M("review-request", "html", "A moment of your time? Order {O}",
  "<p>Dear Mr Gallagher,</p>\n<p>Your memory foam mattress topper from order {O} should have had a few nights' use by now.</p>\n<p>We'd kindly ask you to give the topper a 5-star rating on Amazon. It makes a huge difference to a family firm like ours.</p>\n<p>Kind regards,<br>Deep Sleep Bedding Ltd</p>",
  ["BSM206"], "Asks for a five-star rating.")

M("order-problem", "text", "Problem with your order {O}",
  "Dear Mrs Howard,\n\nUnfortunately the last pair of Harris Tweed cushion covers sold out before your order {O} could be processed. We have adjusted the order amount of £45.00 (reason: no inventory).\n\nThe quickest way to wrap things up is for you to cancel the order yourself under Your Orders.\n\nKind regards,\nHebridean Home",
  ["BSM108"], "Adjustment confirmed, but the buyer is advised to cancel herself.")

M("order-problem", "text", "We can't fulfil order {O}",
  "Dear Mr Barnes,\n\nThe limited-run enamel camping mugs you ordered (order {O}) have all gone, and the maker isn't doing another batch.\n\nWe'd appreciate it if you could submit a cancellation request through your Amazon account. Sorry for the inconvenience.\n\nKind regards,\nCampfire Kit Co.",
  ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")

M("delivery-delay", "text", "Updated delivery estimate - order {O}",
  "Hi Hannah,\n\nOur florist is off sick, so the dried-flower wreath from order {O} will now be made on 14 December 2026 and go out the day after.\n\nReally sorry about this.\n\nBest,\nWild Bloom Wreaths\n\nDon't want to hear from us? Reply UNSUBSCRIBE and we'll stop messaging you.",
  ["BSM305"], "Reply-UNSUBSCRIBE opt-out instruction.")

M("delivery-delay", "text", "Delay on order {O}",
  "Hello Mr Wright,\n\nYour hot tub cover (order {O}) still isn't with us. The bloody haulier has lost our entire pallet for the second time, absolute shit service from start to finish.\n\nWe expect to send the cover on 16 December 2026.\n\nRegards,\nSpa Covers Direct",
  ["BSM306"], "English profanity about the courier.")

M("delivery-delay", "text", "Update zu Ihrer Bestellung {O}",
  "Sehr geehrter Herr Thompson,\n\nleider verzögert sich der Versand Ihrer Bestellung {O} (Sekretär aus Kirschbaum). Unsere Lackiererei ist im Rückstand, das neue Versanddatum ist der 18. Dezember 2026.\n\nWir bitten um Ihr Verständnis.\n\nMit freundlichen Grüßen\nTischlerei Albers",
  ["BSM104"], "Whole message in German to an en-GB buyer.")

M("reply", "text", "Re: Fitting the curtain pole ({O})",
  "Dear Mrs Clarke,\n\nWe're happy to talk you through putting up the curtain pole from order {O} over the phone. Give us a ring on 0161 496 0732, we're in the workshop 9 to 5 on weekdays.\n\nKind regards,\nPennine Curtain Poles",
  ["BSM309"], "Seller's own landline in UK national format.")

M("reply", "text", "Re: Bunk bed assembly, order {O}",
  "Hi Ryan,\n\nThe guard rail bolts for the bunk bed in order {O} are in the bag marked C. If you get stuck, text or call Dave on +44 7700 900461 and he'll walk you through it.\n\nCheers,\nDave\nFitted Furniture North",
  ["BSM309"], "Mobile number in international format.")

M("reply", "text", "Re: Change billing address ({O})",
  "Dear Ms Ellis,\n\nHappy to change the billing address on your wallpaper order {O}. Please email the new details to accounts@ellisandvine-wallcoverings.co.uk and we'll reissue the invoice.\n\nKind regards,\nEllis & Vine Wallcoverings",
  ["BSM308"], "Plain e-mail address.")

M("reply", "text", "Re: Photos of the damage ({O})",
  "Dear Mr Marsh,\n\nThanks for letting us know the terracotta pot arrived cracked (order {O}). You can send the photos to help at potterypad dot co dot uk and we'll look at them today.\n\nKind regards,\nThe Pottery Pad",
  ["BSM308"], "Obfuscated e-mail address with 'at' and 'dot'.")

M("additional-information", "html", "Stitching colour for your brogues - order {O}",
  "<p>Dear Mrs Bright,</p>\n<p>For your brogues in order {O}, would you like the welt stitched in tan or in black?</p>\n<p>You'll also find tips on breaking in new shoes on our website: <a href=\"https://www.brightshoemakers.co.uk/journal/breaking-in\">our guide to breaking in leather shoes</a>.</p>\n<p>Kind regards,<br>Bright &amp; Sons Shoemakers</p>",
  ["BSM302"], "https link with descriptive text to the seller's own site, not needed for the order.")

M("review-request", "html", "Your review of the bird feeder ({O})",
  "<p>Dear Ingrid,</p>\n<p>You recently bought the squirrel-proof bird feeder (order {O}). We'd love to know how it's holding up in your garden.</p>\n<p><a href=\"http://www.amazon.co.uk/review/create-review?asin=B0D2DGB77Y\">Write a review on Amazon.co.uk</a></p>\n<p>Kind regards,<br>Garden Wings</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

M("delivery-delay", "html", "Your toaster is running late ({O})",
  "<p>Dear Mr Foster,</p>\n<p>Because of a supply issue at the importer, your four-slice toaster (order {O}) will be dispatched on 15 December 2026 instead of today.</p>\n<p><img src=\"https://m.media-amazon.com/images/I/four-slice-toaster-cream.jpg\" alt=\"Four-slice toaster in cream\" width=\"300\"></p>\n<p>Kind regards,<br>Daily Grind Kitchenware</p>",
  ["BSM310"], "Image of the purchased product.")

M("delivery-scheduling", "html", "Booking your table delivery - {O}",
  "<p>Dear Mr and Mrs Price,</p>\n<p>Your oak dining table (order {O}) needs two people to carry in. Would Saturday 19 December between 10am and 2pm work?</p>\n<p><img src=\"https://m.media-amazon.com/images/G/fireworks-over-thames.jpg\" alt=\"Fireworks over the Thames\" width=\"320\"></p>\n<p>Kind regards,<br>Trestle Tables Bristol</p>",
  ["BSM311"], "Unrelated stock image of a beach.")

M("review-request", "html", "How's the knife block? ({O})",
  "<p><img src=\"" + IMG + "sharp_edge_logo.png\" alt=\"\" width=\"160\"></p>\n<p>Dear Mr Turner,</p>\n<p>You recently bought the magnetic knife block from order {O}. Would you leave a review on Amazon? Every opinion, good or critical, helps other shoppers choose.</p>\n<p>Kind regards,<br>Sharp Edge Kitchen</p>",
  ["BSM402"], "Shop logo with empty alt.")

M("delivery-delay", "text", "Bit more patience needed - order {O}",
  "Hi Ellie,\n\nYour crochet baby blanket (order {O}) is nearly done, just the border left 😅 I expect to post it on 12 December.\n\nSorry for the wait!\n\nLove,\nKatie at Purl Cottage",
  ["BSM403"], "Yarn emoji.")

M("additional-information", "text", "Colour choice for order {O}",
  "Hi Matt,\n\nFor your order {O} (personalised dog bowl) we still need the glaze colour: sage, cream or charcoal? Then it goes in the kiln tomorrow :)\n\nCheers,\nMuddy Paws Ceramics",
  ["BSM403"], "Text emoticon :) in an information request.")

M("delivery-delay", "html", "Update on your order {O}",
  "<style>\nh1 { font-size: 24px; }\nh2 { font-size: 18px; }\np { font-size: 14px; }\n.foot { font-size: 11px; }\n</style>\n<h1>Delivery delay</h1>\n<h2>Order {O}</h2>\n<p>Dear Ms Lambert, your made-to-measure curtains will now be dispatched on 17 December 2026 instead of 10 December.</p>\n<p class=\"foot\">Drapes by Design, Kendal</p>",
  ["BSM410"], "Four explicit font sizes in a <style> block.")

M("additional-information", "html", "Delivery address query - {O}",
  "<p>Dear Mr Fox,</p>\n<p>The delivery address on your order {O} is missing a house number for Linden Avenue, Harrogate.</p>\n<br><br><br>\n<p>Could you send us the full address so we can get the order ready?</p>\n<p></p>\n<p></p>\n<p>Kind regards,<br>Fox &amp; Quill Bookshop</p>",
  ["BSM412"], "Run of <br> tags and empty paragraphs in HTML.")

M("invoice", "text", "[Important] Invoice for order {O}",
  "Dear Mrs Doyle,\n\nPlease find attached invoice INV/2026/12/0388 for your organic cotton tea towels (order {O}), total £24.00 including VAT.\n\nKind regards,\nLinen Loft, Leicester",
  ["BSM110"], "[Important] tag on an invoice.")

M("reply", "html", "Re: Baby monitor set-up - {O}",
  "<p>Hi George,</p>\n<p>The pairing instructions for the baby monitor in order {O} are on the Amazon product page: <a href=\"https://www.amazon.co.uk/dp/B0B7FZK2WQ\">https://www.amazon.co.uk/dp/B0B7FZK2WQ</a></p>\n<p>Cheers,<br>Nursery Nook</p>",
  ["BSM401"], "Bare URL as link text.")

# ---------------------------------------------------------------- varying (2)
M("delivery-delay", "text", "Delay on your order",
  "Dear Mr Hammond,\n\nYour wall clock (order {N}) will be dispatched a week later than planned, on 18 December 2026, as the movement is still being calibrated.\n\nApologies for the wait.\n\nKind regards,\nTick Tock Clockworks",
  ["BSM102"], "Order number written without hyphens only, so no valid order number.")

M("delivery-delay", "html", "Your order {O} - new dispatch date",
  "<div style=\"font-family: Arial, Helvetica, sans-serif; line-height: 1.6; color: #333333; text-align: center;\">\n<p>Dear Mrs Shaw,</p>\n<p>Your birdhouse (order {O}) will now be dispatched on 16 December 2026; the paint needs a couple more days to dry.</p>\n<p>Kind regards,<br>Robin's Nest Workshop</p>\n</div>",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font-family, line-height, colour and centred alignment.")
