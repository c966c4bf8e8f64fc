# -*- coding: utf-8 -*-
"""v17 blind evaluation set: English (en-GB) messages."""

PREFIX = "481"
LANG = "en"
LOCALE = "en-GB"


def oid(n):
    return "%s-%07d-%07d" % (PREFIX, (5820974 + n * 390217) % 10**7, (9445923 + n * 178327) % 10**7)


_R = []


def m(type_, fmt, subject, body, expected, note, locale=LOCALE):
    n = len(_R) + 1
    o = oid(n)
    sub = subject.replace("{o}", o).replace("{O}", o.replace("-", ""))
    bod = body.replace("{o}", o).replace("{O}", o.replace("-", ""))
    _R.append({
        "id": "v17-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": locale,
        "type": type_,
        "format": fmt,
        "subject": sub,
        "body": bod,
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


LOGO = ('<img src="https://assets.shopmailer.co.uk/a/7781/hartley-and-finch-logo.png" '
        'alt="Hartley &amp; Finch logo" width="200" height="60">')

# ---------------------------------------------------------------- clean (17)

m("delivery-delay", "text", "A short delay on order {o}",
  "Hi Gemma,\n\n"
  "Just a quick heads-up on your order {o} for the merino throw in slate. Our mill in the "
  "Borders is running about a week behind, so it won't be leaving us until Thursday 13 March "
  "rather than this week.\n\n"
  "You should have it by Monday 17 March at the latest. Same colour, same size, just a few days "
  "later than planned.\n\n"
  "Sorry for the wait,\nCallum\nBorder Weave Co.",
  [], "Clean delivery delay in chatty plain text.")

m("delivery-delay", "html", "Update on your order {o}",
  "<p>Dear Mr Pritchard,</p>"
  "<p>We're sorry to say that the cast-iron casserole dish you ordered (order {o}) won't be "
  "dispatched within the time we originally gave. The foundry's latest batch failed our enamel "
  "check and is being redone.</p>"
  "<table><tr><td><strong>Original dispatch date</strong></td><td>2 May 2025</td></tr>"
  "<tr><td><strong>Revised dispatch date</strong></td><td>9 May 2025</td></tr>"
  "<tr><td><strong>Expected delivery</strong></td><td>12 to 13 May 2025</td></tr></table>"
  "<p>We'll let you know straight away if anything changes again.</p>"
  "<p>Kind regards,<br>Helen Marsh<br>Customer Care, Ironside Kitchen</p>",
  [], "Clean HTML delay with a revised-dates table.")

m("order-problem", "text", "[Important] Problem with your order {o}",
  "Dear Ms Okafor,\n\n"
  "I'm afraid we've hit a snag with order {o}. When we went to pick the last Bluebell tea set, "
  "we found the teapot lid had chipped in storage, and our supplier has none left this season.\n\n"
  "We have therefore adjusted the full order amount of GBP 42.00 (reason: no inventory). The "
  "refund should reach your card within a few working days; there's nothing you need to do.\n\n"
  "Our apologies for the disappointment.\n\n"
  "Best wishes,\nPriya Shah\nThe Teacup Emporium",
  [], "Clean order problem with [Important] and the amount-adjusted confirmation.")

m("additional-information", "text", "Quick question about order {o}",
  "Hello Daniel,\n\n"
  "Thanks for choosing a personalised dog tag with order {o}. The engraving box came through "
  "blank, so could you let us know what you'd like on it? We can fit up to three lines of 16 "
  "characters each on the front.\n\n"
  "As soon as we hear back, it'll go on the engraver.\n\n"
  "Cheers,\nTasha at Waggy Tags",
  [], "Clean request for missing personalisation text.")

m("return-follow-up", "text", "Your return request for order {o}",
  "Hi Owen,\n\n"
  "Thanks for the photos of the desk lamp from order {o}. The base is fine; it's just a scuff "
  "on the shade.\n\n"
  "If you're happy to keep it, we can refund GBP 12.50 of the GBP 54.99 and you won't need to "
  "send anything back. If you'd still prefer a full refund, just say and we'll set up a return "
  "label instead.\n\n"
  "Whatever suits you best.\n\n"
  "Kind regards,\nLaura\nHartley & Finch Lighting",
  [], "Clean return follow-up offering a partial refund.")

m("return-follow-up", "text", "Return for order {o}: one thing we need",
  "Dear Mrs Fairbairn,\n\n"
  "Your returned parcel for order {o} has arrived, thank you. There were two pairs of walking "
  "boots inside, a size 6 and a size 7, but the return was only opened for one pair.\n\n"
  "Could you confirm which pair you meant to send back? Once we know, we can complete the "
  "return and send the other pair back to you free of charge.\n\n"
  "Many thanks,\nRhys\nPeak & Fell Outdoor",
  [], "Clean return follow-up asking which item is being returned.")

m("invoice", "text", "VAT invoice for order {o}",
  "Dear Mr Adeyemi,\n\n"
  "As requested, please find attached the VAT invoice for order {o}.\n\n"
  "Invoice no.: INV/2025/03/0192\n"
  "Invoice date: 21/03/2025\n"
  "Total: GBP 318.00 incl. VAT at 20% (VAT GBP 53.00)\n\n"
  "Kind regards,\n\n"
  "Accounts, Northgate Office Supplies Ltd\n"
  "Unit 4, Riverside Trading Estate, Leeds LS11 5QP\n"
  "Registered in England and Wales, company no. 10482273\n"
  "VAT reg. no. GB 294 8817 36",
  [], "Clean invoice with slashed invoice number, company and VAT numbers.")

m("review-request", "text", "How are you getting on with order {o}?",
  "Hi Sophie,\n\n"
  "Your beeswax candles (order {o}) should have been with you for about a week now. We're a "
  "two-person business and honestly every bit of feedback helps us, whatever you make of them.\n\n"
  "If you've a spare minute, would you consider leaving a review on Amazon? You'll find it "
  "under Your Orders.\n\n"
  "All the best,\nMolly & Jack\nHiveworks Candles",
  [], "Clean neutral review request in plain text.")

m("review-request", "html", "Your Hartley & Finch lamp (order {o})",
  LOGO +
  "<p>Dear Alice,</p>"
  "<p>A little while ago you ordered the Ember table lamp from us (order {o}). We'd love to know "
  "how it's working out, the good and the not-so-good.</p>"
  "<p>If you'd like to share your thoughts, you can "
  "<a href=\"https://www.amazon.co.uk/review/create-review?asin=B0C9HFL332\">write a review on "
  "Amazon.co.uk</a>.</p>"
  "<p>Warm regards,<br>Laura<br>Hartley &amp; Finch Lighting</p>",
  [], "Clean HTML review request with shop logo and a descriptive Amazon link.")

m("delivery-scheduling", "text", "Booking your sofa delivery, order {o}",
  "Dear Mr and Mrs Thornton,\n\n"
  "Your three-seater sofa (order {o}) is ready to go out. As it weighs 71 kg it comes on our "
  "two-man van, so we need to book a slot with you.\n\n"
  "We currently have:\n"
  "- Tuesday 8 April, 8am to 12pm\n"
  "- Tuesday 8 April, 12pm to 4pm\n"
  "- Thursday 10 April, 8am to 12pm\n\n"
  "Which suits you? It also helps to know if there are stairs or a narrow hallway.\n\n"
  "Kind regards,\nDelivery Team, Oakwell Furniture",
  [], "Clean bulky-item delivery scheduling with time slots.")

m("home-service-appointment", "text", "Fitting appointment for order {o}",
  "Hello Mr Kowalczyk,\n\n"
  "We're ready to book in the installation of your electric shower (order {o}). Our engineer, "
  "Gareth, can come on Monday 3 March between 10:00 and 12:00 or on Wednesday 5 March between "
  "14:00 and 16:00.\n\n"
  "Let us know which one works. Please make sure the isolation switch is easy to get to on the "
  "day.\n\n"
  "Thanks,\nBrightwater Home Services",
  [], "Clean home-service appointment with dates and times.")

m("custom-design-verification", "html", "Your proof is ready, order {o}",
  "<p>Hi Hannah,</p>"
  "<p>The proof for your wedding welcome sign (order {o}) is attached as a PDF. Here's what "
  "we've set:</p>"
  "<ul><li>Names: Hannah &amp; Tom</li><li>Date: Saturday 14 June 2025</li>"
  "<li>Venue: Ashcombe Barn</li><li>Size: A1 on 5 mm foamboard</li></ul>"
  "<p>Have a good look at the spelling and dates. Once you give us the go-ahead it goes to "
  "print the same day.</p>"
  "<p>Best,<br>Ellie<br>Paper Moon Design Studio</p>",
  [], "Clean design proof for confirmation.")

m("fulfillment-question", "text", "Access for delivery of order {o}",
  "Dear Ms Lindqvist,\n\n"
  "Our courier tried to deliver your garden bench (order {o}) today but couldn't get through "
  "the gate to your block of flats. Could you send us the gate code, or tell us which flat to "
  "buzz?\n\n"
  "Our reference for this delivery is DLV-25-04471 and it's on route 12.\n\n"
  "Many thanks,\nGreenfield Garden Furniture",
  [], "Clean gate-code question with reference numbers.")

m("reply", "text", "Re: Is the 'Kaffeezeit' grinder any good for espresso? (order {o})",
  "Hi Matt,\n\n"
  "Good question. The 'Kaffeezeit Handmühle Classic' from your order {o} has 18 settings and "
  "will go fine enough for espresso on the lowest three. The German name is just the maker's "
  "branding; the instructions inside are in English too.\n\n"
  "Cheers,\nRoastroom Bristol",
  [], "Clean reply quoting a German product title inside English sentences.")

m("reply", "text", "Re: Kettle stopped working (order {o})",
  "Dear Mr Doyle,\n\n"
  "Sorry to hear the kettle from order {o} has stopped heating. It's covered by the "
  "manufacturer's two-year guarantee, and they handle repairs and replacements directly.\n\n"
  "Manufacturer's warranty helpline (Kestrel Appliances UK): 0345 602 1188, Monday to Friday, "
  "9am to 5:30pm. Have your order number handy.\n\n"
  "If you get stuck with them, do come back to us.\n\n"
  "Kind regards,\nJames\nKitchen Kit Direct",
  [], "Clean reply giving the manufacturer's warranty helpline marked as such.")

m("reply", "html", "Re: Company details for our records (order {o})",
  "<p>Dear Ms Barker,</p>"
  "<p>Of course, our company details for order {o} are below. The invoice itself can be "
  "downloaded from the order in your Amazon account.</p>"
  "<p>Kind regards,<br>Neil Foster<br>Office Manager</p>"
  "<p><small>Foster &amp; Reid Tools Ltd<br>14 Canal Street, Birmingham B1 2JP<br>"
  "Registered in England and Wales no. 08831562<br>VAT no. GB 183 4402 71</small></p>",
  [], "Clean reply with a company-details footer in <small>.")

m("reply", "text", "Re: Still waiting on my refund (order {o})",
  "Hi Amir,\n\n"
  "I've checked this for you. Your return for order {o} (return ref. RT-55019, Royal Mail "
  "tracking TT 4410 2871 5GB) was signed for at our warehouse on Tuesday 11 February at "
  "10:42.\n\n"
  "We processed the refund of GBP 27.48 on 12 February. Depending on your bank it can take 3 to "
  "5 working days to show.\n\n"
  "Best,\nKieran\nStride Sports",
  [], "Clean reply with return and tracking references, dates, times and amounts.")

# ---------------------------------------------------------------- violations (31)

m("fulfillment-question", "text", "Good news about order {o}",
  "Hi Ben,\n\n"
  "Your new panniers (order {o}) were handed over to DPD this morning and are on their way to "
  "you.\n\n"
  "Happy cycling!\nSpokes & Saddles",
  ["BSM201"], "Shipping confirmation: handed to the carrier.")

m("fulfillment-question", "html", "We've got your order {o}",
  "<p>Hello Rachel,</p>"
  "<p>Just to let you know your order {o} has landed with us and the team are already getting "
  "it packed up. The tea set will be double-wrapped, don't worry.</p>"
  "<p>Best wishes,<br>The Teacup Emporium</p>",
  ["BSM201"], "Order confirmation: received and being packed.")

m("fulfillment-question", "text", "Order {o}",
  "Dear Customer,\n\n"
  "A huge thank you for your order {o} with Snuggle Duvets. We really do appreciate you "
  "choosing a small British business.\n\n"
  "Kind regards,\nThe Snuggle Team",
  ["BSM202"], "Thanks-only message.")

m("fulfillment-question", "text", "Just checking in ({o})",
  "Hey Luke,\n\n"
  "Nothing to report on order {o}, we just wanted you to know we're here if anything crops "
  "up. Give us a shout any time.\n\n"
  "Team Pixel Gear",
  ["BSM202"], "Only an offer to help if anything comes up.")

m("delivery-delay", "text", "Slight delay to order {o}",
  "Hi Nicola,\n\n"
  "Our printers are snowed under, so the photo calendar from order {o} will now go out on "
  "Monday 6 January instead of Friday 3 January. Expect it around Wednesday 8 January.\n\n"
  "Sorry for the wait.\n\n"
  "Best,\nPrintPantry\n\n"
  "P.S. Use code NEWYEAR20 for 20% off everything in our range until the end of January.",
  ["BSM203"], "Permitted delay with a 20% discount-code P.S.")

m("reply", "text", "Re: Sizing question (order {o})",
  "Hi Jade,\n\n"
  "The dress in order {o} is true to size, so a 12 should be spot on for you.\n\n"
  "Oh, and our new autumn collection has just dropped! Follow us on Instagram and sign up to "
  "our newsletter to get first dibs.\n\n"
  "Love,\nWillow Boutique",
  ["BSM203"], "Reply with new collection, follow-us and newsletter plug.")

m("review-request", "text", "A small favour (order {o})",
  "Hi Graham,\n\n"
  "Hope the bird table from order {o} is proving popular with the locals. Would you mind "
  "popping a review up on Amazon?\n\n"
  "Once it's live, we'll send a bag of suet pellets your way as a little thank-you.\n\n"
  "Cheers,\nFeathered Friends Supplies",
  ["BSM204"], "Small gift once the review is published.")

m("review-request", "html", "Your opinion matters (order {o})",
  "<p>Dear Mrs Hughes,</p>"
  "<p>We hope you're enjoying the yoga mat from order {o}. If you leave a review on Amazon and "
  "drop us a message once it's up, we'll refund you the full purchase price.</p>"
  "<p>Namaste,<br>Lotus Studio Supplies</p>",
  ["BSM204"], "Full refund once the review is online.")

m("reply", "text", "Re: All sorted now? (order {o})",
  "Dear Frank,\n\n"
  "Glad the replacement charger for order {o} turned up and is doing its job.\n\n"
  "Now that it's all sorted, would you be willing to update or take down your one-star review? "
  "It hits a small shop like ours quite hard.\n\n"
  "Kind regards,\nVoltBox Electronics",
  ["BSM205"], "Asks to update or remove an existing one-star review.")

m("review-request", "text", "Happy with order {o}?",
  "Hi Aisha,\n\n"
  "If you're pleased with your new water bottle (order {o}), we'd be over the moon if you left "
  "us a review on Amazon.\n\n"
  "Not quite right? Please don't review it, just message us first and we'll put it right.\n\n"
  "Thanks,\nSipWell",
  ["BSM206"], "Review only if happy; unhappy buyers steered away from reviewing.")

m("review-request", "html", "One last thing (order {o})",
  "<p>Dear Mr Clarke,</p>"
  "<p>We hope the headphones from order {o} are treating you well. Could you help us out with a "
  "five-star rating on Amazon? It genuinely makes all the difference to us.</p>"
  "<p>Kind regards,<br>SoundHaus Manchester</p>",
  ["BSM206"], "Asks for a five-star rating.")

m("order-problem", "text", "Issue with order {o}",
  "Hi Mark,\n\n"
  "Unfortunately the 28 mm road tyre in order {o} has sold out. We've already adjusted the order "
  "amount of GBP 38.90 (reason: no inventory).\n\n"
  "To tidy things up on our side, the easiest thing would be for you to cancel the order "
  "yourself from your Amazon account, then it's all done in one go.\n\n"
  "Cheers,\nChainLine Cycles",
  ["BSM108"], "Advises the buyer to cancel although the amount was adjusted.")

m("order-problem", "text", "Your order {o}",
  "Dear Mrs Patel,\n\n"
  "We regret that the copper pestle and mortar in order {o} has sold out and we won't be "
  "getting more in this year.\n\n"
  "We'd be very grateful if you could submit a cancellation request through Amazon.\n\n"
  "Yours sincerely,\nThe Spice Drawer",
  ["BSM107", "BSM108"], "Asks for a cancellation request and confirms no adjustment.")

m("delivery-delay", "text", "Order {o} running late",
  "Hi Lisa,\n\n"
  "The jigsaws in order {o} are arriving at our wholesaler a few days late. We expect to send "
  "them out on 21 October.\n\n"
  "Best wishes,\nPuzzle Palace\n\n"
  "Had enough of our messages? Reply STOP and we won't contact you again.",
  ["BSM305"], "Opt-out by replying STOP.")

m("reply", "text", "Re: Where's my parcel?? (order {o})",
  "Hi Sam,\n\n"
  "Honestly mate, that shit courier has fucked it up again with order {o}. They're claiming "
  "they knocked.\n\n"
  "We're sending a new one out on Friday 7 March, with a different carrier this time.\n\n"
  "Cheers,\nDeckhouse Skate",
  ["BSM306"], "English profanity about the carrier.")

m("delivery-delay", "text", "Uw bestelling {o} is vertraagd",
  "Beste mevrouw Edwards,\n\n"
  "Helaas wordt uw bestelling {o} (keramieken plantenpot, 30 cm) een paar dagen later verzonden. "
  "Onze oven had een storing en we verwachten nu op 12 mei te verzenden.\n\n"
  "Onze excuses voor het ongemak.\n\n"
  "Met vriendelijke groet,\nClayworks Cornwall",
  ["BSM104"], "Whole message in Dutch for a British buyer.")

m("delivery-delay", "text", "Delay to order {o}",
  "Dear Mr Dawson,\n\n"
  "Your lawnmower from order {o} won't be dispatched until 2 June, I'm afraid. Any questions, "
  "just ring us on 01632 960 418, we're in 8:30 till 5.\n\n"
  "Kind regards,\nMowers of Malvern",
  ["BSM309"], "National-format shop landline.")

m("reply", "html", "Re: Assembly question (order {o})",
  "<p>Hi Dan,</p>"
  "<p>The bed frame from order {o} comes with two spare bolts, so don't worry about those. If "
  "you get stuck, WhatsApp us on +44 7700 900 364 and we'll talk you through it.</p>"
  "<p>Cheers,<br>Sleepwell Interiors</p>",
  ["BSM309"], "International-format mobile number.")

m("reply", "text", "Re: Colour mismatch (order {o})",
  "Dear Ingrid,\n\n"
  "Please send a photo of the colour difference on the curtains from order {o} to "
  "help@curtaincorner.co.uk and we'll see about swapping them.\n\n"
  "Kind regards,\nCurtain Corner",
  ["BSM308"], "Plain e-mail address.")

m("reply", "text", "Re: Full manual? (order {o})",
  "Hi Jesse,\n\n"
  "Happy to send you the full manual for the 3D printer in order {o}. Drop a line to support "
  "(at) layerlab (dot) co (dot) uk with your order number.\n\n"
  "Cheers,\nLayerLab",
  ["BSM308"], "Obfuscated e-mail address with (at) and (dot).")

m("delivery-delay", "html", "Dispatching later: order {o}",
  "<p>Hi Emma,</p>"
  "<p>The bulbs in order {o} won't ship until 18 September as the harvest came in late.</p>"
  "<p>Wondering how best to plant them? Have a read of our "
  "<a href=\"https://www.bulbbarn.co.uk/planting-guide\">planting guide on the Bulb Barn "
  "website</a>.</p>"
  "<p>Best,<br>The Bulb Barn</p>",
  ["BSM302"], "https link with descriptive text to the seller's own site.")

m("fulfillment-question", "html", "Please check your address (order {o})",
  "<p>Dear Mr Holt,</p>"
  "<p>The house number on order {o} looks incomplete (just '12', but there's a 12A and a 12B "
  "on your road). Could you check it in "
  "<a href=\"http://www.amazon.co.uk/gp/css/account/address/view.html\">your Amazon.co.uk "
  "address book</a>?</p>"
  "<p>Kind regards,<br>Rug Central</p>",
  ["BSM301"], "Insecure http link to Amazon.")

m("review-request", "html", "How's the pendant light? (order {o})",
  "<p>Dear Judith,</p>"
  "<p>You ordered our Pebble pendant light (order {o}).</p>"
  "<img src=\"https://assets.shopmailer.co.uk/a/7781/products/pebble-pendant-brass.jpg\" "
  "alt=\"Pebble pendant light in brass\" width=\"320\" height=\"320\">"
  "<p>We'd welcome a review on Amazon telling us what you think.</p>"
  "<p>Best,<br>Hartley &amp; Finch Lighting</p>",
  ["BSM310"], "Photo of the purchased product.")

m("delivery-delay", "html", "Summer delay to order {o}",
  "<p>Hi Tom,</p>"
  "<p>Our supplier's summer shutdown means your wetsuit from order {o} will go out on 25 July.</p>"
  "<img src=\"https://assets.shopmailer.co.uk/stock/sunset-over-beach.jpg\" "
  "alt=\"Sunset over a sandy beach\" width=\"400\" height=\"250\">"
  "<p>Have a great summer!<br>Swell Surf Shack</p>",
  ["BSM311"], "Unrelated stock beach image.")

m("delivery-delay", "html", "New dispatch date for order {o}",
  "<img src=\"https://assets.shopmailer.co.uk/a/9120/wick-and-wax-logo.png\" "
  "width=\"160\" height=\"48\">"
  "<p>Dear Mrs Brewer,</p>"
  "<p>The scented candles in order {o} need a few more days to cure. We'll dispatch them on "
  "28 November.</p>"
  "<p>Kind regards,<br>Wick &amp; Wax</p>",
  ["BSM402"], "Shop logo with no alt attribute.")

m("delivery-delay", "text", "Bear with us on order {o} 🙏",
  "Hi Freya,\n\n"
  "Your puzzle mat from order {o} will ship a few days late, on 4 December. Still in plenty of "
  "time for Christmas! 🎄\n\n"
  "Love,\nToy Attic",
  ["BSM403"], "Emoji in subject and body.")

m("reply", "text", "Re: Batteries (order {o})",
  "Hi Jack,\n\n"
  "Yep, the remote in order {o} takes two AAA batteries and they're not included, sorry! Any "
  "corner shop will have them :)\n\n"
  "Cheers,\nModel Masters",
  ["BSM403"], "Emoticon :) in the body.")

m("delivery-delay", "html", "Delay to your order {o}",
  "<style>.hd{font-size:22px}.sub{font-size:17px}.txt{font-size:14px}.fine{font-size:11px}</style>"
  "<p class=\"hd\">Your order is running late</p>"
  "<p class=\"sub\">Order number {o}</p>"
  "<p class=\"txt\">The wool blanket is still at the dyers. We'll send it on 15 October.</p>"
  "<p>Kind regards,<br>Shetland Wool Shop</p>"
  "<p class=\"fine\">Shetland Wool Shop Ltd, company no. SC612044</p>",
  ["BSM410"], "Four explicit font sizes in a style block plus the default.")

m("delivery-delay", "text", "Order {o} delayed",
  "Dear Gerald,\n\n"
  "The water butt from order {o} will now dispatch on 30 April instead of 25 April.\n\n\n\n"
  "Kind regards,\nLinden Garden Centre",
  ["BSM412"], "Three blank lines in a row in plain text.")

m("invoice", "text", "[IMPORTANT] Invoice for order {o}",
  "Dear Mrs Vaughan,\n\n"
  "Attached is the invoice for your ironing board, order {o}, invoice no. HH/25/0077.\n\n"
  "Kind regards,\nHome & Hearth Ltd",
  ["BSM110"], "[IMPORTANT] on an invoice.")

m("additional-information", "text", "Measurements needed for order {o}",
  "Hi Rob,\n\n"
  "For the made-to-measure blinds in order {o} we need the exact width of your window recess. "
  "You can add it to the order here: https://www.amazon.co.uk/gp/css/order-history\n\n"
  "Thanks,\nBlinds Made Simple",
  ["BSM401"], "Bare URL as link text.")

# ---------------------------------------------------------------- vary (2)

m("delivery-delay", "html", "Update on order {o}",
  "<div style=\"font-family: Georgia, serif; line-height: 1.6; color: #333333; text-align: center;\">"
  "<p>Dear Mr Evans,</p>"
  "<p>The leather satchel from order {o} needs a little longer in the workshop. It will now ship "
  "on 19 November.</p>"
  "<p>Kind regards,<br>Saddler's Row Leather</p>"
  "</div>",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, colour and centring.")

m("review-request", "html", "Your Tidewell order {o}",
  "<a href=\"https://www.tidewellhome.co.uk\"><img src=\"https://assets.shopmailer.co.uk/a/5530/tidewell-logo.png\" "
  "alt=\"Tidewell Home logo\" width=\"180\" height=\"54\"></a>"
  "<p>Hi Chloe,</p>"
  "<p>We hope the bath towels from order {o} are living up to expectations. If you have a "
  "moment, you can "
  "<a href=\"https://www.amazon.co.uk/review/create-review?asin=B0B7TWH881\">review them on "
  "Amazon.co.uk</a>.</p>"
  "<p>Best,<br>Tidewell Home</p>",
  ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")

MESSAGES = _R
