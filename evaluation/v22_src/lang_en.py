"""v22 blind evaluation set, English (en). Standard library only."""
import random

_r = random.Random(531)
O = ["531-%07d-%07d" % (_r.randrange(10**6, 10**7), _r.randrange(10**6, 10**7)) for _ in range(50)]

MESSAGES = []


def M(t, fmt, subject, body, expected, note, locale="en-GB"):
    i = len(MESSAGES)
    o = O[i]
    MESSAGES.append({
        "id": "v22-en-%03d" % (i + 1), "language": "en", "locale": locale, "type": t,
        "format": fmt, "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---- 17 clean ----
M("delivery-delay", "text", "Quick heads-up on order {o}",
  "Hi Chloe,\n\nJust a quick one about your order {o}: the linen apron is taking a little longer than we'd hoped. Our fabric delivery turned up short, so we're waiting on the last roll.\n\nAll being well it'll go out on Thursday 17 December. If that's no good for you, just drop us a line.\n\nCheers,\nHannah\nThistle & Thread, Leeds",
  [], "Clean chatty delivery delay in plain text with a new dispatch date.")
M("delivery-delay", "html", "Update on your order {o}",
  "<p>Dear Mr Patel,</p><p>We're sorry to say that your order <b>{o}</b> (1 x cast iron skillet, 26 cm) has been held up. Our supplier's shipment has been delayed at the port.</p><table><tr><td>Original dispatch date</td><td>8 December 2026</td></tr><tr><td>New expected dispatch date</td><td>15 December 2026</td></tr></table><p>Apologies for the wait.</p><p>Kind regards,<br>Customer Care<br>Hearth &amp; Pan Ltd</p>",
  [], "Clean builder HTML delivery delay with a small table of dates.")
M("order-problem", "text", "[Important] Problem with your order {o}",
  "Dear Ms Hughes,\n\nI'm afraid the walnut chopping board you ordered (order {o}) turned out to be the last one in stock and it failed our quality check, so we can't send it.\n\nWe've adjusted the full order amount of £42.50, reason: out of stock. The refund should show on your statement within 3 to 5 working days; there's nothing you need to do.\n\nSo sorry to let you down.\n\nBest wishes,\nOwen\nGrain & Knot Workshop",
  [], "Clean order problem confirming the full amount adjusted; [Important] allowed here.")
M("additional-information", "text", "One detail needed for order {o}",
  "Hi Tom,\n\nBefore we can cut your bespoke shelf (order {o}) we need to know which way round you'd like the brackets: left-hand or right-hand fixing? A one-word reply is plenty.\n\nThanks,\nMeg at Oak & Iron",
  [], "Clean request for information needed to complete a made-to-order item.")
M("return-follow-up", "text", "Your return request - order {o}",
  "Hello Mrs Campbell,\n\nWe've read your note about the scratch on the base of the table lamp (order {o}). If you're happy to keep it, we can refund £12.00 of the £48.00 you paid. If you'd still rather send it back, that's absolutely fine too. Let us know which you'd prefer.\n\nKind regards,\nDavid Reid\nLumen Lighting Co.",
  [], "Clean return follow-up offering a partial refund.")
M("return-follow-up", "text", "Re your return for order {o}",
  "Good afternoon Mr Shaw,\n\nYour parcel for order {o} has reached us, but the charging cable wasn't in the box. Could you check whether it's still at home? Once it's with us we can wrap up the return.\n\nMany thanks,\nPriya\nVoltBox Returns Team",
  [], "Clean return follow-up asking for a missing part to complete the return.")
M("invoice", "html", "VAT invoice for order {o}",
  "<p>Dear Ms Okafor,</p><p>Please find attached the VAT invoice for order {o}.</p><table><tr><td>Invoice no.</td><td>INV/2026/12/0381</td></tr><tr><td>Invoice date</td><td>07/12/2026</td></tr><tr><td>Total inc. VAT (20%)</td><td>£186.00</td></tr></table><p>Kind regards,<br>Accounts, Penrose Office Supplies Ltd</p><p><small>Penrose Office Supplies Ltd, Unit 4 Canal Wharf, Birmingham B1 2JB. Registered in England and Wales, company no. 09876543. VAT reg. no. GB 123 4567 89.</small></p>",
  [], "Clean invoice with slash invoice number, company and VAT numbers.")
M("review-request", "text", "How are you getting on? Order {o}",
  "Hi Sam,\n\nYour bike lights from order {o} should have been with you for about a week now. When you've a spare minute, we'd be glad if you left a review on Amazon telling other riders how you've found them, good or bad.\n\nCheers,\nThe Spoke Shed",
  [], "Clean neutral review request in plain text.")
M("review-request", "html", "Your thoughts on order {o}",
  "<p><img src=\"https://assets.wildmeadowcandles.co.uk/brand/wild-meadow-logo.png\" alt=\"Wild Meadow Candles logo\" width=\"180\"></p><p>Dear Ms Ahmed,</p><p>Your candles from order {o} arrived last week. If you have a moment, you can share your experience on <a href=\"https://www.amazon.co.uk/review/create-review?asin=B0D9876543\">the Amazon review page for this product</a>.</p><p>Warm regards,<br>Wild Meadow Candles</p>",
  [], "Clean HTML review request with shop logo, alt naming the shop, descriptive Amazon link.")
M("delivery-scheduling", "text", "Booking your sofa delivery - order {o}",
  "Dear Mr Davies,\n\nYour three-seater sofa (order {o}) is ready to go out on our two-man delivery. Could you let us know which slot suits you best?\n\n- Monday 14 December, 8am to 12pm\n- Monday 14 December, 12pm to 4pm\n- Wednesday 16 December, 8am to 12pm\n\nIt's worth mentioning if there are any narrow stairs or tight corners, so the crew come prepared.\n\nKind regards,\nDelivery Planning\nLoft & Lounge Furniture",
  [], "Clean scheduling of a bulky delivery with time slots.")
M("home-service-appointment", "text", "Fitting appointment for order {o}",
  "Hi Mrs Lewis,\n\nOur fitter can come and install your new electric shower (order {o}) on Tuesday 22 December between 9:00 and 11:00, or Wednesday 23 December between 13:00 and 15:00.\n\nWhich works better? The job takes around two hours and the water will be off for part of it.\n\nThanks,\nGareth\nFlowRight Home Services",
  [], "Clean home-service appointment scheduling.")
M("custom-design-verification", "html", "Please check your proof - order {o}",
  "<p>Hi Rachel,</p><p>Attached is the proof for your personalised wedding sign (order {o}): <b>Rachel &amp; James</b>, <b>19.06.2027</b>, in the oak finish.</p><p>If everything looks right, just reply \"approved\" and we'll get it into production. Any tweaks, let us know and we'll send a new proof.</p><p>Best,<br>Lucy<br>Little Letter Press</p>",
  [], "Clean custom design proof verification.")
M("fulfillment-question", "text", "Access to your building - order {o}",
  "Dear Mr Harrison,\n\nThe courier couldn't get into the lobby at your block when trying to deliver order {o}. Is there a door code or a concierge we should ask for?\n\nYour courier reference is DPD 15501234567890 and our job ref is JB-2026-4471. They'll try again on Friday.\n\nKind regards,\nDispatch Team, Kettle & Co",
  [], "Clean door-code question with reference numbers.")
M("reply", "text", "Re: Size question, order {o}",
  "Hi Ellie,\n\nGood question! The \"Chaussette Douce\" socks in your order {o} come up a bit small, so if you're between sizes I'd go up one.\n\nHope that helps,\nNicola at Toasty Toes",
  [], "Clean reply quoting a French product title inside English sentences.")
M("reply", "text", "Re: Blender stopped working - order {o}",
  "Dear Mr Bennett,\n\nSorry to hear the blender from order {o} has packed up. The quickest fix is the manufacturer's warranty line, Vortexa UK: 0800 046 1234 (manufacturer's warranty helpline, Mon-Fri 9am-5pm). They'll arrange a collection straight away.\n\nIf they can't sort it, do come back to us.\n\nKind regards,\nKitchen Hub Direct",
  [], "Clean reply giving the manufacturer's warranty hotline marked as such.")
M("reply", "html", "Re: Company name on invoice - order {o}",
  "<p>Morning Ms Clarke,</p><p>No problem at all. We've updated the invoice for order {o} to show your company name, and the corrected copy will come through Amazon later today.</p><p>Kind regards,<br>Rob Turner<br>Account Manager</p><p><small>InkWell Supplies Ltd, 22 Market Street, Bristol BS1 4DJ. Company no. 11223344. VAT no. GB 987 6543 21.</small></p>",
  [], "Clean reply with a company-details footer.")
M("reply", "text", "Re: Still waiting for my refund - order {o}",
  "Hi Jack,\n\nYour return (RMA 88210) was delivered to us on 3 December at 10:47, Royal Mail tracking QB 1234 5678 9GB. We refunded £64.99 for order {o} on 4 December. Depending on your bank it can take 3 to 5 working days to appear.\n\nThanks for bearing with us,\nAimee\nTrailhead Outdoor",
  [], "Clean reply with tracking, return numbers, dates, times and amounts.")

# ---- 31 violations ----
M("fulfillment-question", "text", "Good news on order {o}!",
  "Hi Laura,\n\nYour order {o} left our warehouse this morning and has been handed over to Evri. It should be with you in a day or two.\n\nBest,\nPaper Moon Stationery",
  ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier.")
M("fulfillment-question", "html", "We've got your order {o}",
  "<p>Hi there,</p><p>Just to say we've received your order {o} and we're getting it ready in the workshop now.</p><p>Best wishes,<br>The team at Copper Kettle Crafts</p>",
  ["BSM201"], "Order confirmation: received and being prepared.")
M("fulfillment-question", "text", "Thank you! Order {o}",
  "Hi Ben,\n\nThanks so much for your order {o}. It really means a lot to a small business like ours.\n\nAll the best,\nSally\nHedgerow Honey",
  ["BSM202"], "Thanks-only message.")
M("fulfillment-question", "text", "Order {o}",
  "Dear Mr Foster,\n\nShould anything crop up with order {o}, we're only ever a message away and happy to help.\n\nKind regards,\nNorthgate Tools",
  ["BSM202"], "Only an offer of help if something comes up.")
M("delivery-delay", "text", "Short delay on order {o}",
  "Hi Amy,\n\nYour yoga blocks (order {o}) are held up with our supplier; we now expect to send them on Tuesday 15 December.\n\nSorry for the wait,\nStretch Studio Supplies\n\nP.S. We've got 20% off everything in store this week, so it's a good time to stock up.",
  ["BSM203"], "Delivery delay with a 20% off P.S. promotion.")
M("review-request", "text", "Order {o} - your feedback",
  "Hello Grace,\n\nWe'd love to hear what you think of your tea towels from order {o} in a review on Amazon.\n\nAnd if you fancy a peek at our new spring collection, give us a follow on Instagram or sign up to our newsletter.\n\nBest,\nDaisy Chain Homeware",
  ["BSM203"], "Review request plus follow us, newsletter and new collection.")
M("review-request", "text", "A little thank-you - order {o}",
  "Dear Mrs Wood,\n\nWould you consider writing a review of your gardening gloves (order {o})? Once it's published, we'll pop a little something in the post as a token of our appreciation.\n\nKind regards,\nGreen Fingers Direct",
  ["BSM204"], "Small token of appreciation once the review is published.")
M("review-request", "text", "Money back on order {o}",
  "Hi Liam,\n\nHere's a deal: leave a review of your phone tripod (order {o}) and we'll refund the full price as soon as it goes live.\n\nCheers,\nSnapGear UK",
  ["BSM204"], "Full refund as soon as the review is online.")
M("reply", "text", "Re: Replacement mug - order {o}",
  "Dear Ms Marshall,\n\nGlad the replacement mug for order {o} arrived in one piece. Now that's sorted, would you mind updating your one-star review, or taking it down altogether? It would make a real difference to us.\n\nKind regards,\nPotter's Wheel Studio",
  ["BSM205"], "Asks to update or remove a one-star review.")
M("review-request", "text", "Happy with order {o}?",
  "Hi Zoe,\n\nIf you're pleased with your headphones (order {o}), a review on Amazon would be brilliant. If not, please get in touch with us first rather than leaving a review, and we'll put it right.\n\nThanks,\nSoundBay",
  ["BSM206"], "Review asked only from satisfied buyers; unhappy ones steered to the seller.")
M("review-request", "html", "Order {o} - a quick favour",
  "<p>Hello,</p><p>We hope you're enjoying your espresso cups from order {o}. A five-star rating on Amazon would mean the world to our little team.</p><p>Best wishes,<br>Crema Collective</p>",
  ["BSM206"], "Asks for a five-star rating.")
M("order-problem", "text", "[Important] Order {o} cannot be fulfilled",
  "Dear Mr Cooper,\n\nUnfortunately the cycling helmet from order {o} has sold out. We have adjusted the order amount in full (reason: no inventory).\n\nThe quickest way to tidy things up is for you to cancel the order yourself from Your Orders on Amazon.\n\nKind regards,\nVelo Outfitters",
  ["BSM108"], "Amount adjusted but buyer told to cancel himself because of no stock.")
M("order-problem", "text", "About your order {o}",
  "Hi Sophie,\n\nBad news, I'm afraid: the last silk scarf from order {o} was sold in our shop this morning. We'd really appreciate it if you could put in a cancellation request so we can close it off.\n\nSorry!\nBoutique Belle, Harrogate",
  ["BSM107", "BSM108"], "Asks for a cancellation request for out-of-stock item without confirming adjustment.")
M("delivery-delay", "text", "Dispatch update - order {o}",
  "Dear customer,\n\nDue to a backlog at the print room, your order {o} will now ship on 17 December. Apologies for the delay.\n\nPoster Parlour\n\nTo unsubscribe from these messages, reply UNSUBSCRIBE.",
  ["BSM305"], "Opt-out instruction: reply UNSUBSCRIBE.")
M("reply", "text", "Re: Where the hell is my parcel? Order {o}",
  "Hi Mark,\n\nHonestly, the courier made a complete shit show of order {o}, the useless bastards took it back to the depot again. We're booking another delivery today.\n\nCheers,\nDean\nGame Vault",
  ["BSM306"], "English profanity in a reply.")
M("delivery-delay", "text", "Lieferverzögerung Bestellung {o}",
  "Hallo,\n\nIhre Bestellung {o} verzögert sich leider um einige Tage. Wir rechnen mit dem Versand am Montag, 14. Dezember.\n\nViele Grüße\nTeam Bramble & Birch",
  ["BSM104"], "UK buyer locale but the whole message is in German.")
M("reply", "text", "Re: Collection question - order {o}",
  "Dear Mr Reynolds,\n\nRegarding order {o}, best thing is to give us a ring on 0161 496 0732 and we'll arrange a collection time.\n\nKind regards,\nAnchor Building Supplies",
  ["BSM309"], "Seller's own UK landline number.")
M("additional-information", "text", "Measurements for your blind - order {o}",
  "Dear Ms Khan,\n\nFor your made-to-measure blind (order {o}) we need the exact width of the window recess. If measuring is tricky, WhatsApp us on +44 7700 900461.\n\nThanks,\nWindowDress",
  ["BSM309"], "Seller's mobile number in international format.")
M("reply", "text", "Re: Lost receipt - order {o}",
  "Hi Becky,\n\nJust forward a copy of your receipt for order {o} to accounts@cobblershop.co.uk and we'll look into it.\n\nThanks,\nThe Cobbler Shop",
  ["BSM308"], "Plain e-mail address in text.")
M("reply", "text", "Re: Photos of the damage - order {o}",
  "Dear Gerald,\n\nCould you send photos of the damaged chair (order {o}) to help at chairworks dot co dot uk? We'll take a look straight away.\n\nKind regards,\nChairworks",
  ["BSM308"], "Obfuscated e-mail address with at and dot.")
M("reply", "html", "Re: Caring for oak - order {o}",
  "<p>Dear Mrs Price,</p><p>Glad the dining table from order {o} arrived safely. For looking after it, have a read of <a href=\"https://www.oakandember.co.uk/care-guide\">our oak care guide on our website</a>.</p><p>Kind regards,<br>Oak &amp; Ember</p>",
  ["BSM302"], "Descriptive https link to the seller's own website.")
M("reply", "html", "Re: Starting a return - order {o}",
  "<p>Hi Josh,</p><p>You can start the return for order {o} through <a href=\"http://www.amazon.co.uk/gp/css/returns/homepage.html\">the Amazon Returns Centre</a>.</p><p>Cheers,<br>Case Cove</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")
M("reply", "html", "Re: Colour of the basket - order {o}",
  "<p>Dear Mrs Bell,</p><p>Here's a photo of the wicker basket from your order {o} so you can compare the shade:</p><p><img src=\"https://cdn.basketweavers.co.uk/products/wicker-laundry-basket-natural.jpg\" alt=\"Wicker laundry basket, natural\" width=\"300\"></p><p>Kind regards,<br>The Basket Weavers</p>",
  ["BSM310"], "Photo of the purchased product.")
M("delivery-delay", "html", "A little later than planned - order {o}",
  "<p>Dear customer,</p><p>With the Christmas rush, your order {o} will now go out on 21 December. Wishing you a lovely festive season!</p><p><img src=\"https://images.stockpics.example.com/snowy-christmas-tree.jpg\" alt=\"Christmas tree in the snow\" width=\"300\"></p><p>Best,<br>Giftbox Emporium</p>",
  ["BSM311"], "Stock Christmas tree image unrelated to the shop.")
M("additional-information", "html", "Details needed for order {o}",
  "<p><img src=\"https://cdn.namenecklaces.co.uk/logo-name-necklaces.png\" width=\"150\"></p><p>Hi Isla,</p><p>Which name would you like on the necklace in order {o}? Up to 10 letters.</p><p>Thanks,<br>Name Necklace Studio</p>",
  ["BSM402"], "Shop logo image without alt attribute.")
M("delivery-delay", "text", "Bear with us 🙏 order {o}",
  "Hi Nadia,\n\nYour jigsaw from order {o} is running a bit late; we're now aiming to send it on Thursday 17 December 📦\n\nThanks,\nPuzzle Palace",
  ["BSM403"], "Emoji in subject and body.")
M("reply", "text", "Re: Wrong colour - order {o}",
  "Hi Vicky,\n\nNo worries at all, we'll pop a new set of napkins in the right colour out for order {o} :)\n\nCheers,\nTable Linen Co",
  ["BSM403"], "Text emoticon :).")
M("delivery-delay", "html", "New dispatch date - order {o}",
  "<style>h1{font-size:26px} h2{font-size:19px} p{font-size:15px} .foot{font-size:10px}</style><h1>Delay notice</h1><h2>Order {o}</h2><p>Dear customer, your garden bench will now ship on 16 December instead of 10 December.</p><p class=\"foot\">Backyard Living Ltd</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
M("delivery-delay", "html", "Delay on order {o}",
  "<p>Dear Mr Knight,</p><p>Your mattress (order {o}) will arrive later than planned, now expected in the week of 21 December.</p><br><br><br><p>Kind regards,<br>Sleep Sound Beds</p>",
  ["BSM412"], "Run of three <br> tags between paragraphs.")
M("invoice", "text", "[IMPORTANT] Invoice for order {o}",
  "Dear Ms Carter,\n\nPlease find the invoice for order {o} attached, invoice number SS/2026/1187.\n\nKind regards,\nSplash Bathrooms Ltd",
  ["BSM110"], "[IMPORTANT] tag on an invoice message.")
M("return-follow-up", "html", "Your return - order {o}",
  "<p>Hi Yusuf,</p><p>To finish the return for order {o} we need the router's serial number. To see where to find it, <a href=\"https://www.amazon.co.uk/gp/help/customer/display.html\">click here</a>.</p><p>Thanks,<br>NetKit Store</p>",
  ["BSM401"], "Non-descriptive link text 'click here'.")

# ---- 2 that vary ----
M("delivery-delay", "html", "Order {o} - revised dispatch date",
  "<div style=\"font-family: Georgia, serif; line-height: 1.8; color: #333333; text-align: center;\"><p>Dear Ms Evans,</p><p>Your hand-thrown vase (order {o}) needs a little longer in the kiln. We now expect to send it on Friday 18 December.</p><p>With apologies,<br>Kiln Lane Pottery</p></div>",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, colour and centred text.")
M("review-request", "html", "Your opinion on order {o}",
  "<p>Dear Mr Walsh,</p><p>Your running jacket from order {o} was delivered last week. We'd welcome an honest review on <a href=\"https://www.amazon.com/review/create-review?asin=B0E1122334\">the product's Amazon review page</a>.</p><p>Kind regards,<br>Fellside Running</p><img src=\"https://t.mailpilot-track.com/o.gif?uid=88213&amp;msg=5512\" width=\"1\" height=\"1\" alt=\"\">",
  ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.", locale="en-US")
