"""v7 blind eval set, English (en-GB, a few en-US)."""

_RAW = []


def _m(type_, fmt, subject, body, expected, note, locale="en-GB"):
    _RAW.append((type_, fmt, subject, body, sorted(expected), note, locale))


# ---------------- 17 clean ----------------
_m("delivery-delay", "text", "Your order {o} - revised dispatch date",
   "Hi Hannah,\n\nJust a quick note about your order {o}. The oak chopping board you ordered is taking longer than planned in the workshop, as our timber delivery came in late this week. We now expect to dispatch it on Tuesday 15 December rather than today.\n\nSorry for the wait. If that no longer works for you, just let us know through Amazon messages.\n\nCheers,\nOwen\nGrain & Co. Woodworks",
   [], "Plain-text delivery delay with a new dispatch date.")
_m("delivery-delay", "html", "Order {o}: a short delay",
   "<p>Dear Mr Patel,</p><p>We are sorry to let you know that your order <b>{o}</b> (set of four linen napkins, sage) will leave us later than advertised. Our weaver is running behind, and we now expect to send it on <b>Friday 18 December 2026</b>.</p><p>With apologies,<br>Eleanor Hughes<br>Customer Care, Loom &amp; Thread</p>",
   [], "Builder HTML delivery delay with no styling.")
_m("order-problem", "text", "[Important] Item unavailable - order {o}",
   "Dear Ms Clarke,\n\nUnfortunately we are unable to send the brass desk lamp from your order {o}: the last unit failed our final inspection. We have adjusted your order total accordingly, so you will not be charged the £54.99 for this item. The rest of your order is unaffected.\n\nWe apologise for the disappointment.\n\nKind regards,\nMartin Shaw\nBrightwell Lighting",
   [], "Order problem with [Important] and the adjusted amount confirmed.")
_m("additional-information", "text", "Quick question about order {o}",
   "Hello,\n\nThanks for ordering the personalised dog tag (order {o}). The order notes only say 'name and a short message', so could you tell us the dog's name and the message you want engraved on the back (up to 20 characters per line)?\n\nAs soon as we hear back, it goes on the engraver.\n\nBest,\nPriya\nTagsmith",
   [], "Asks for engraving text needed to complete the order.")
_m("return-follow-up", "text", "About your return for order {o}",
   "Hi Callum,\n\nYou mentioned that the office chair from order {o} arrived with a scuff on the armrest. If you'd be happy to keep it, we can offer a partial refund of £30.00. Of course, if you'd rather send it back, that's fine too.\n\nLet us know which you'd prefer.\n\nThanks,\nDeskworks UK",
   [], "Return follow-up offering a partial refund.")
_m("return-follow-up", "html", "Return for order {o} - one question",
   "<p>Dear Mrs Evans,</p><p>We have your return request for order {o}. To complete it, could you let us know whether the kettle is still in its original box and whether the base has any damage? That tells us which returns label to set up for you.</p><p>Kind regards,<br>Tom Fletcher<br>Hearth &amp; Home Supplies</p>",
   [], "Return follow-up asking for information needed to complete the return.")
_m("invoice", "text", "VAT invoice for order {o}",
   "Dear Mr Robinson,\n\nPlease find attached the VAT invoice for your order {o}, made out to your company as requested.\n\nInvoice no.: INV/2026/0871\nInvoice date: 2 December 2026\nTotal incl. VAT at 20%: £1,149.00\n\nKind regards,\n\nGreenacre Garden Machinery Ltd\nUnit 4, Meadow Park, Stafford ST16 3AB\nRegistered in England and Wales, Company No. 09876543\nVAT Reg. No. GB 123 4567 89",
   [], "Invoice with company and VAT registration numbers and a slashed invoice number.")
_m("review-request", "text", "Order {o}",
   "Dear customer,\n\nYou recently bought the merino throw from us (order {o}). We would be grateful if you could leave a review of the product and feedback on us as a seller on Amazon. It helps other buyers decide.\n\nKind regards,\nHighland Weavers",
   [], "Neutral plain-text review request.")
_m("review-request", "html", "How did we do? Order {o}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller/cyclehaus-logo.png\" alt=\"Cyclehaus logo\" width=\"150\"></p><p>Hi Josh,</p><p>A few weeks ago you bought a pannier bag from us (order {o}). We'd love to hear how you're getting on with it. Would you write a review?</p><p><a href=\"https://www.amazon.co.uk/review/review-your-purchases\">Write a review on Amazon.co.uk</a></p><p>Cheers,<br>The Cyclehaus team</p>",
   [], "HTML review request with shop logo, alt text and descriptive Amazon link.")
_m("delivery-scheduling", "text", "Booking your delivery - order {o}",
   "Hi Gemma,\n\nYour new sofa (order {o}) comes on our own two-person van, so we need to book a slot with you. We can do:\n\n- Wednesday 16 December, 8am - 12pm\n- Thursday 17 December, 12pm - 4pm\n- Saturday 19 December, 9am - 1pm\n\nWhich suits you best?\n\nThanks,\nDanny\nDelivery Planning, Northern Sofa Co.",
   [], "Delivery scheduling of a bulky item with time slots.")
_m("home-service-appointment", "text", "Installation appointment for order {o}",
   "Dear Mr Miller,\n\nYou added professional installation to your dishwasher purchase (order {o}). Our technician can visit on Monday, December 21 between 1:00 and 3:00 PM, or Tuesday, December 22 between 9:00 and 11:00 AM. Please let us know which time works for you.\n\nBest regards,\nInstall Team, Lakeside Appliance",
   [], "Home-service appointment with US-style dates and times.", "en-US")
_m("custom-design-verification", "text", "Your design proof - order {o}",
   "Hi Amelia,\n\nAttached is the proof for the birth plaque in order {o}: 'Isla', born 28.11.2026, 7lb 2oz, in the script you chose. If it all looks right, reply to say so and we'll start cutting. Anything you want changed, just tell us.\n\nWarm wishes,\nBeth\nLittle Oak Keepsakes",
   [], "Custom design proof sent for approval.")
_m("fulfillment-question", "text", "Access to your building - order {o}",
   "Good morning,\n\nThe courier couldn't deliver your parcel (order {o}, consignment ref. CNS-2026-4418) because the main door of your block was locked. Is there a door code or another way in? Once we know, we'll book a second attempt.\n\nKind regards,\nPeak Outdoor Supplies",
   [], "Door-code question with a consignment reference.")
_m("reply", "text", "Re: Question about order {o}",
   "Hi Liam,\n\nGood question. The game you ordered is the German edition, 'Die Siedler von Catan: Seefahrer', but the box includes an English rulebook, so you can play it straight away with the English base game.\n\nEnjoy!\nRob\nThe Board Game Loft",
   [], "Reply quoting a German product title inside English sentences.")
_m("reply", "text", "Re: Warranty for order {o}",
   "Dear Mrs Ward,\n\nFor the fault with your coffee machine (order {o}), the quickest route is the manufacturer. The manufacturer's warranty line (De'Longhi UK) is 0345 600 2244, Monday to Friday, 9am to 5pm, and they arrange warranty repairs directly.\n\nKind regards,\nThe Coffee Corner",
   [], "Reply giving the manufacturer's warranty hotline, marked as such.")
_m("reply", "html", "Re: Company details for order {o}",
   "<p>Dear Mr Baker,</p><p>As requested, here are our company details for your records for order {o}.</p><p>Kind regards,<br>Sarah Lowe<br>Accounts</p><p><small>Printwise Studio Ltd<br>12 Dock Street, Leeds LS10 1JF<br>Company No. 11223344 &middot; VAT No. GB 987 6543 21</small></p>",
   [], "Reply with a company-details footer in <small>.")
_m("reply", "text", "Re: Where is my refund? ({o})",
   "Hi Zoe,\n\nYour return for order {o} reached us on 3 December at 14:32 (returns ref. RTN-77214, Royal Mail tracking JD123456789GB). We refunded £42.50 on 4 December; banks usually take 3 to 5 working days to show it.\n\nBest wishes,\nNia\nSilverleaf Jewellery",
   [], "Reply with returns and tracking numbers, dates, times and amounts.")

# ---------------- 31 violations ----------------
_m("delivery-delay", "text", "Update on order {o}",
   "Hi Ben,\n\nGood news: your order {o} left our warehouse this morning and has been handed over to DPD. It should be with you tomorrow.\n\nThanks,\nGadget Shed",
   ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")
_m("additional-information", "text", "Your order {o}",
   "Hi Chloe,\n\nWe've received your order {o} and we're busy getting it ready for you now. Speak soon!\n\nLove,\nThe team at Wick & Wax Candles",
   ["BSM201"], "Order confirmation: received and being prepared.")
_m("reply", "text", "Thank you! ({o})",
   "Dear customer,\n\nThank you so much for shopping with Attic Books (order {o}). We really appreciate it.\n\nKind regards,\nAttic Books",
   ["BSM202"], "Thanks only.")
_m("fulfillment-question", "text", "Order {o}",
   "Hello,\n\nShould anything come up with your order {o}, we're always here for you. Just drop us a message.\n\nBest,\nToybox Bristol",
   ["BSM202"], "Only says the seller is ready to help if anything comes up.")
_m("delivery-delay", "text", "Small delay - {o}",
   "Dear Mrs Harris,\n\nYour order {o} will go out two days later than shown, on Thursday 10 December. Apologies for that.\n\nKind regards,\nLeaf & Kettle Tea\n\nP.S. This week everything in our range is 20% off with code TEA20.",
   ["BSM203"], "Permitted delay with a promotional P.S.")
_m("reply", "text", "Re: sizing {o}",
   "Hi Ellie,\n\nThe jumper from order {o} is true to size, so go for your usual.\n\nWhile you're here: follow us on Instagram and sign up to our newsletter to be the first to see our new winter collection!\n\nThanks,\nKnit Studio",
   ["BSM203"], "Follow us, newsletter and new collection.")
_m("review-request", "text", "Your thoughts on order {o}",
   "Dear customer,\n\nWould you review the knife set from order {o}? As a small thank-you, we'll send you a free honing steel as soon as your review goes live.\n\nKind regards,\nSharp Edge Cutlery",
   ["BSM204"], "A small token of appreciation once the review is published.")
_m("review-request", "text", "Review it, get your money back ({o})",
   "Hey,\n\nPost a review of your power bank (order {o}) and message us once it's up - we'll refund the full purchase price, no questions asked.\n\nVoltMart",
   ["BSM204"], "Full refund once the review is online.", "en-US")
_m("reply", "text", "Re: your review of order {o}",
   "Dear Mr Wright,\n\nNow that the replacement rucksack has sorted out the zip problem (order {o}), would you be kind enough to update or remove your one-star review?\n\nKind regards,\nTrailhead Outdoors",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m("review-request", "text", "Enjoying your order {o}?",
   "Hi Alfie,\n\nHappy with your new headphones (order {o})? Then please leave us a review on Amazon. If something isn't right, get in touch with us first rather than writing a review.\n\nCheers,\nSoundhouse",
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact.")
_m("review-request", "html", "Order {o}",
   "<p>Hi there,</p><p>Thanks for order {o}. It would mean the world to us if you could give us 5 stars on Amazon.</p><p>Best,<br>Paws &amp; Claws Pet Supplies</p>",
   ["BSM206"], "Asks for a five-star rating.", "en-US")
_m("order-problem", "text", "Order {o} - stock issue",
   "Dear Ms Turner,\n\nThe pendant light in your order {o} has sold out, I'm afraid. We've already adjusted the order amount. The quickest thing would be for you to cancel the order yourself in your Amazon account, and then it's all sorted.\n\nKind regards,\nLamp Loft",
   ["BSM108"], "Advises the buyer to cancel because of stock, amount adjusted.")
_m("order-problem", "text", "Out of stock - order {o}",
   "Dear Mr Cooper,\n\nThe 'Bali' garden set from your order {o} is no longer in stock. We would appreciate it if you could submit a cancellation request so we can close the order.\n\nKind regards,\nGarden Paradise",
   ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")
_m("review-request", "text", "Order {o}",
   "Dear customer,\n\nWould you leave a review of the yoga mat from order {o}? It helps us a lot.\n\nDon't want to hear from us again? Reply STOP to unsubscribe.\n\nFlow Yoga",
   ["BSM305"], "Opt-out instruction: reply STOP.")
_m("reply", "text", "Re: delivery {o}",
   "Hi Mark,\n\nThe bloody courier chucked your parcel ({o}) over the wrong fence, useless sods. What a load of crap. I've chased it and it's at number 12.\n\nCheers,\nRoy\nRoy's Bike Bits",
   ["BSM306"], "British profanity in a reply.")
_m("delivery-delay", "text", "Verzögerung bei Ihrer Bestellung {o}",
   "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nIhre Bestellung {o} wird erst am Montag, 14. Dezember, versandt. Wir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nHome & Style Outlet",
   ["BSM104"], "Message in German to an en-GB buyer.")
_m("reply", "text", "Re: installing the thermostat ({o})",
   "Dear Mrs Lewis,\n\nSetting up the thermostat from order {o} is easiest if we talk you through it. Give us a ring on 0161 496 0732 and we'll help straight away.\n\nKind regards,\nClimate Store Manchester",
   ["BSM309"], "Seller phone number in national format.")
_m("reply", "text", "Re: shoe size {o}",
   "Hi Jess,\n\nTo swap the shoes from order {o} you can also WhatsApp us on +44 7700 900 481.\n\nThanks,\nStep Boutique",
   ["BSM309"], "Seller phone number in international format.")
_m("reply", "text", "Re: quote for order {o}",
   "Dear Mr Jacobs,\n\nFor a quote on extra tiles for order {o}, please email sales@tilehouse-jacobs.co.uk.\n\nKind regards,\nTilehouse Jacobs",
   ["BSM308"], "Plain e-mail address.")
_m("reply", "text", "Re: photos of the damage ({o})",
   "Hi Ryan,\n\nCould you send photos of the damage to your lamp (order {o}) to help at lumenlight dot co dot uk? We'll take a look right away.\n\nThanks,\nLumen Light",
   ["BSM308"], "Obfuscated e-mail address with 'at' and 'dot'.")
_m("reply", "html", "Re: caring for your table ({o})",
   "<p>Dear Mrs Dunn,</p><p>Glad the dining table from order {o} arrived safely. You'll find how best to look after the top on <a href=\"https://www.fosterfurniture.co.uk/care\">our care tips page</a>.</p><p>Kind regards,<br>Foster Furniture</p>",
   ["BSM302"], "https link to the seller's own site, not needed for the order.")
_m("review-request", "html", "Order {o}",
   "<p>Dear customer,</p><p>Would you share your experience of order {o}? <a href=\"http://www.amazon.co.uk/review/review-your-purchases\">Write a review on Amazon.co.uk</a>.</p><p>Kind regards,<br>Pan &amp; Ladle Cookshop</p>",
   ["BSM301"], "http link to Amazon.")
_m("delivery-delay", "html", "Delay on order {o}",
   "<p>Hi Noah,</p><p>Your skateboard from order {o} will now ship on 12 December.</p><p><img src=\"https://m.media-amazon.com/images/S/seller/skateboard-maple-deck-black.jpg\" alt=\"Maple deck skateboard, black\" width=\"300\"></p><p>Cheers,<br>Rollers Board Shop</p>",
   ["BSM310"], "Image of the purchased product.")
_m("delivery-delay", "html", "New dispatch date {o}",
   "<p>Dear Mrs Green,</p><p>Your order {o} will be dispatched on 11 December instead of 8 December. Wishing you a lovely break in the meantime.</p><p><img src=\"https://m.media-amazon.com/images/S/seller/tropical-beach-sunset.jpg\" alt=\"Sunset over a tropical beach\" width=\"300\"></p><p>Kind regards,<br>Green Office Supplies</p>",
   ["BSM311"], "Unrelated stock image (a beach).")
_m("additional-information", "html", "Question about order {o}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller/stitchroom-logo.png\" width=\"140\"></p><p>Hi Anna,</p><p>For the curtains in order {o} we still need the exact drop of your window. Could you send it over?</p><p>Thanks,<br>The Stitch Room</p>",
   ["BSM402"], "Shop logo with no alt attribute.")
_m("delivery-scheduling", "text", "Delivery for order {o}",
   "Hi Sophie,\n\nWe'd like to deliver your washing machine (order {o}) on Friday 18 December between 10am and 2pm. Does that work? \U0001F44D\n\nThanks,\nWhite Goods Direct",
   ["BSM403"], "Emoji in a delivery scheduling message.")
_m("reply", "text", "Re: mug colour ({o})",
   "Hi Freya,\n\nThe mug from order {o} really is mint green, not blue as it looked on your screen. Sorry for the mix-up :)\n\nBest,\nMug Makers",
   ["BSM403"], "Emoticon :) in a reply.")
_m("delivery-delay", "html", "Delay - {o}",
   "<style>.h{font-size:24px}.m{font-size:16px}.s{font-size:13px}.xs{font-size:10px}</style><p class=\"h\">A short delay</p><p class=\"m\">Dear customer,</p><p class=\"s\">Your order {o} will now be dispatched on Monday 14 December.</p><p class=\"xs\">The Gift Box</p><p>Kind regards</p>",
   ["BSM410"], "Four font sizes in a <style> block besides the default.")
_m("delivery-delay", "html", "Order {o}",
   "<p>Dear Mr Morgan,<br><br><br>Your order {o} will be dispatched on Wednesday 16 December, three days later than planned.<br><br><br>Kind regards,<br>Morgan Electricals</p>",
   ["BSM412"], "Runs of three <br> in HTML.")
_m("review-request", "text", "[Important] Your order {o}",
   "Dear customer,\n\nWould you take a moment to review the bird feeder from order {o} on Amazon? Your view helps other buyers.\n\nKind regards,\nFeathered Friends Garden",
   ["BSM110"], "[Important] tag on a review request.")
_m("review-request", "html", "Order {o}",
   "<p>Hi Iris,</p><p>Have you got a minute to review the jewellery box from order {o}? <a href=\"https://www.amazon.co.uk/review/review-your-purchases\">Click here</a>.</p><p>Best,<br>Gleam Atelier</p>",
   ["BSM401"], "Non-descriptive link text 'Click here'.")

# ---------------- 2 that vary ----------------
_m("delivery-delay", "text", "Delay on your order",
   "Hi Tim,\n\nSorry, your jigsaw order will now go out on 15 December instead of 9 December. We'll keep you posted if anything changes.\n\nBest,\nPuzzle Corner",
   ["BSM102"], "No order number anywhere.")
_m("delivery-delay", "html", "Order {o} - revised date",
   "<p>Dear Mrs Brown,</p><p>Your order {o} will be dispatched on 14 December rather than 10 December. Apologies for the delay.</p><p>Kind regards,<br>Carpet Warehouse Leeds</p><img src=\"https://trk.mailtool.example/open.gif?uid=88213&amp;msg=4471\" width=\"1\" height=\"1\">",
   ["BSM307", "BSM402"], "Tracking pixel (1x1, tracking parameters, no alt).")


def _oid(i):
    return "503-%07d-%07d" % (2200133 + i * 99991, 9100087 - i * 65537)


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n, _l) in enumerate(_RAW, 1):
    _o = _oid(_i)
    MESSAGES.append({
        "id": "v7-en-%03d" % _i, "language": "en", "locale": _l, "type": _t,
        "format": _f, "subject": _s.replace("{o}", _o), "body": _b.replace("{o}", _o),
        "order_id": _o, "expected": _e, "note": _n,
    })
