"""v21 evaluation messages, English (en-GB, a few en-US)."""

LANG = "en"
MESSAGES = []


def _order(n):
    return "521-%07d-%07d" % ((n * 4702391 + 118273) % 10**7, (n * 6093017 + 731149) % 10**7)


def M(n, typ, fmt, subject, body, expected, note, locale="en-GB"):
    o = _order(n)
    MESSAGES.append({
        "id": "v21-en-%03d" % n, "language": LANG, "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("#O#", o), "body": body.replace("#O#", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---------------- clean (1-17) ----------------
M(1, "delivery-delay", "text", "Quick heads-up on order #O#",
  "Hi Chloe,\n\nJust a quick one about your order #O# (the oak bedside table). Our joiner's had a bit of a backlog, "
  "so it won't be ready to go out until Friday 18 December. You should have it by the following Tuesday at the latest.\n\n"
  "If that's no good for you, just drop us a line through Amazon and we'll sort something out.\n\n"
  "Cheers,\nTom\nHollins & Daughter Furniture", [], "Informal plain-text delivery delay with new date.")

M(2, "delivery-delay", "html", "Order #O#: revised dispatch date",
  "<p>Dear Mr Okafor,</p>"
  "<p>We're sorry to say that the replacement filters in order <strong>#O#</strong> are taking longer to arrive from our supplier than expected.</p>"
  "<table><tr><td>Original dispatch</td><td>2 December 2026</td></tr>"
  "<tr><td>Revised dispatch</td><td>9 December 2026</td></tr></table>"
  "<p>We'll let you know straight away should anything change.</p>"
  "<p>Kind regards,<br>Priya Nair<br>Customer Care Team, PureAir Supplies Ltd</p>",
  [], "Builder HTML delay with a plain table, no styling.")

M(3, "order-problem", "text", "[Important] Problem with your order #O#",
  "Dear Ms Campbell,\n\nI'm afraid the Le Creuset-style stoneware casserole (24 cm, teal) in your order #O# can't be sent out: "
  "the last one in stock was damaged during our stock check.\n\n"
  "We have adjusted the order amount in full, reason 'no inventory', so the £42.99 will be back with you via Amazon within a few working days. "
  "There's nothing you need to do.\n\nApologies for the disappointment.\n\nBest wishes,\nGareth Lewis\nThe Welsh Kitchen Store",
  [], "Order problem with [Important] and the adjustment confirmed.")

M(4, "additional-information", "text", "Order #O# – one thing we need from you",
  "Hello,\n\nThanks for ordering the personalised dog tag (order #O#). To get it engraved we still need the pet's name and a contact line for the back. "
  "Up to 18 characters per line, please.\n\nOnce we've got that it'll go straight on the engraver.\n\nAll the best,\nBeth\nWaggy Tags",
  [], "Request for engraving details needed to complete the order.")

M(5, "return-follow-up", "text", "Your return for order #O#",
  "Hi Marcus,\n\nYou mentioned in your return request for order #O# that the jumper has a small pull on one sleeve but is otherwise fine.\n\n"
  "If you'd like to keep it, we can offer a partial refund of £9.00 instead. Happy to go ahead with the full return if you'd prefer, just let us know either way.\n\n"
  "Thanks,\nSiobhan\nAran Knitwear Co.",
  [], "Return follow-up offering partial refund.")

M(6, "return-follow-up", "text", "Return of order #O# – quick question",
  "Dear Mrs Patel,\n\nWe've had your return request for the curtains in order #O#. Could you let us know whether the hooks were used? "
  "If they've been hung, we'll need the hooks sent back in the same parcel so we can resell the set.\n\n"
  "Many thanks,\nReturns Desk\nDrape & Co Ltd",
  [], "Return follow-up asking for information.")

M(7, "invoice", "text", "VAT invoice – order #O#",
  "Dear Sir or Madam,\n\nPlease find attached VAT invoice INV/2026/12/0058 for order #O#, made out to Brightside Dental Practice.\n\n"
  "Net £350.00, VAT at 20% £70.00, total £420.00.\n\n"
  "Yours faithfully,\nAccounts\nClinicKit Supplies Ltd\nRegistered in England and Wales, Company No. 09876543\nVAT Reg. No. GB 284 5931 77\nUnit 4, Meadow Park, Leeds LS11 5QX",
  [], "Invoice with slashed number, UK company and VAT numbers.")

M(8, "review-request", "text", "How are you getting on with your kettle? (#O#)",
  "Hi there,\n\nYou've had the kettle from order #O# for a little while now, so we wondered how you're finding it. "
  "Would you mind leaving a review on Amazon? Good, bad or indifferent, it all helps other shoppers make up their minds.\n\n"
  "Thanks for your time,\nDan\nBrewhouse Homeware",
  [], "Neutral review request in text.")

M(9, "review-request", "html", "Share your thoughts on order #O#",
  "<p><img src=\"https://assets.thriftygardener.co.uk/email/thrifty-gardener-logo.png\" alt=\"The Thrifty Gardener logo\" width=\"200\"></p>"
  "<p>Hello,</p>"
  "<p>We hope the raised planter from order #O# is settling in nicely. If you've a moment, we'd appreciate hearing what you think.</p>"
  "<p><a href=\"https://www.amazon.co.uk/review/create-review?asin=B0C4RT7MNV\">Write a review on Amazon.co.uk</a></p>"
  "<p>Best wishes,<br>The Thrifty Gardener</p>",
  [], "HTML review request with shop logo and descriptive Amazon link.")

M(10, "delivery-scheduling", "text", "Booking your sofa delivery – order #O#",
  "Good morning Mr Hughes,\n\nYour three-seater sofa (order #O#) is a two-person delivery, so we need to book a slot with you. We have:\n\n"
  "Wednesday 9 December, 7am to 12pm\nThursday 10 December, 12pm to 6pm\n\n"
  "Which suits you better? Also, are there any narrow stairs or tight corners we should know about?\n\nKind regards,\nLiam Doyle\nDelivery Planning, Snug Sofas",
  [], "Bulky item delivery scheduling with UK time slots.")

M(11, "home-service-appointment", "text", "Your TV wall-mount fitting (order #O#)",
  "Hi Ms Adeyemi,\n\nOur fitter Jamie can come and mount your TV bracket (order #O#) on either Saturday 12 December between 10:00 and 12:00 "
  "or Monday 14 December between 14:00 and 16:00. It usually takes about an hour and a half.\n\n"
  "Let us know which works and we'll pop it in the diary.\n\nThanks,\nMountRight Installations",
  [], "Home service appointment with slots.")

M(12, "custom-design-verification", "text", "Proof for your wedding sign – #O#",
  "Hi Amy and Josh,\n\nAttached is the proof for your welcome sign (order #O#): 'Welcome to the wedding of Amy & Josh, 20.02.2027', "
  "white lettering on the frosted acrylic you picked.\n\n"
  "Have a good look at names and date. If it's all correct, give us the thumbs-up and we'll cut it this week.\n\n"
  "Best,\nRachel\nLittle Letter Studio",
  [], "Custom design proof for approval.")

M(13, "fulfillment-question", "text", "Access code needed – order #O#",
  "Dear Mr Brennan,\n\nWe deliver order #O# ourselves (our ref. DL-4471-B, account 30981). Our driver notes say your building on Harbour Street has a keypad entry.\n\n"
  "Could you send us the door code, or tell us a neighbour who could take it in? Otherwise we may not be able to get in.\n\n"
  "Regards,\nBookNook Deliveries",
  [], "Door-code question with reference numbers.")

M(14, "reply", "text", "Re: Question about 'Schwarzwälder Kuckucksuhr' – order #O#",
  "Hi Mrs Lowe,\n\nThe clock you've ordered, listed as 'Schwarzwälder Kuckucksuhr Traditionell' (order #O#), does have a night-time silence lever "
  "on the left underneath the case, so the cuckoo won't wake anyone.\n\nIt runs on a single C battery for the quartz movement.\n\nKind regards,\nTick Tock Trading",
  [], "Reply quoting a German product title inside English sentences.")

M(15, "reply", "text", "Re: Drill stopped working (#O#)",
  "Hello Mr Sharma,\n\nSorry to hear the drill from order #O# has packed in. It's still well within the two-year guarantee, and the quickest route is "
  "straight through the manufacturer.\n\nManufacturer's warranty helpline (Torqmaster UK): 0800 048 7122, Monday to Friday 8am to 6pm. "
  "Have your order number handy.\n\nBest regards,\nKeith\nToolShed Direct",
  [], "Reply with manufacturer's warranty line marked as such.")

M(16, "reply", "html", "Re: Company details for order #O#",
  "<p>Dear Ms Fraser,</p>"
  "<p>Of course, our company details for your records are below; they also appear on the invoice for order #O#.</p>"
  "<p>Kind regards,<br>Olivia Grant<br>Office Manager</p>"
  "<p><small>Highland Print Works Ltd<br>14 Canal Street<br>Glasgow G4 0AD<br>Registered in Scotland, No. SC412873<br>VAT No. GB 391 2045 66</small></p>",
  [], "Reply with company footer, no contact data.")

M(17, "reply", "text", "Re: Refund not showing (#O#)",
  "Hi Sam,\n\nYour return for order #O# (RMA 77315) was signed for here on Tuesday 1 December at 11:42, tracking number JD014600001234567890.\n\n"
  "We refunded £27.50 through Amazon on 2 December. Banks usually take 3 to 5 working days to show it.\n\nCheers,\nNoel\nGadget Garage",
  [], "Reply with RMA, tracking, dates, times and amounts.")

# ---------------- violations (18-48) ----------------
M(18, "fulfillment-question", "text", "Good news about order #O#",
  "Hi there,\n\nYour parcel (order #O#) was handed over to Royal Mail this afternoon and is on its way to you.\n\nBest,\nThe Candle Cabin",
  ["BSM201"], "Shipment confirmation: handed to Royal Mail.")

M(19, "fulfillment-question", "text", "We're on it! Order #O#",
  "Hello,\n\nWe've received your order #O# and our team are busy getting it ready for you right now.\n\nSpeak soon,\nBake Box",
  ["BSM201"], "Order confirmation: received and preparing it.")

M(20, "fulfillment-question", "text", "Order #O#",
  "Hi Jess,\n\nJust wanted to say a massive thank you for shopping with us. It means the world to a little business like ours!\n\nLove,\nPoppy\nPoppy's Prints",
  ["BSM202"], "Thanks only.")

M(21, "fulfillment-question", "text", "Here if you need us – #O#",
  "Dear customer,\n\nShould anything at all not be quite right with order #O#, please don't hesitate to get in touch. We're always here to help.\n\n"
  "Kind regards,\nCustomer Services\nLinenHaven",
  ["BSM202"], "Only an offer to help if a problem comes up.")

M(22, "delivery-delay", "text", "Slight delay on order #O#",
  "Hi Ben,\n\nThe headphones in your order #O# will now go out on Wednesday 9 December, a couple of days later than planned. Sorry about that.\n\n"
  "Regards,\nAudioPoint\n\nP.S. Our winter sale is on: 20% off everything in store until Sunday.",
  ["BSM203"], "Delay with a P.S. promoting 20% off.")

M(23, "review-request", "text", "Your thoughts on order #O#",
  "Hello,\n\nWould you be up for reviewing the throw from order #O# on Amazon? All opinions welcome.\n\n"
  "And while you're here: give us a follow on Instagram and sign up to our newsletter to get first dibs on the new spring collection.\n\n"
  "Warmly,\nWoolly Mammoth Blankets",
  ["BSM203"], "Follow us, newsletter, new collection.")

M(24, "review-request", "text", "A little favour? (#O#)",
  "Hi Karen,\n\nWe'd love to hear what you make of the bath set from order #O#. Could you leave a review on Amazon?\n\n"
  "As a little thank-you, we'll pop a small gift in the post once your review goes live.\n\nWarm wishes,\nSoak & Soothe",
  ["BSM204"], "Gift promised once the review is published.")

M(25, "review-request", "text", "Review = full refund (order #O#)",
  "Dear Mr Clarke,\n\nWrite a review of the phone case from order #O# and we'll refund you in full as soon as it's up on Amazon. "
  "Just send us a message when it's live.\n\nRegards,\nCaseKing",
  ["BSM204"], "Full refund once the review is online.")

M(26, "reply", "text", "Re: Faulty toaster (#O#)",
  "Dear Mrs Atkinson,\n\nI'm glad the replacement toaster for order #O# arrived safely and is working as it should.\n\n"
  "Now that it's all sorted, would you consider updating your one-star review, or perhaps taking it down? It would mean a great deal to us.\n\n"
  "Kind regards,\nMartin\nCrumbs Kitchenware",
  ["BSM205"], "Asks to update or remove a one-star review.")

M(27, "review-request", "text", "Happy with order #O#?",
  "Hi,\n\nIf you're pleased with the bird feeder from order #O#, we'd be thrilled if you left a review on Amazon.\n\n"
  "Not quite happy? Please don't review yet, message us first and we'll make it right.\n\nThanks,\nFeathered Friends",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered away.")

M(28, "review-request", "text", "Your rating for order #O#",
  "Dear customer,\n\nEvery rating counts for a small family business like ours. Would you give the lunch box from order #O# five stars on Amazon?\n\n"
  "Best regards,\nThe Parker Family, LunchPal",
  ["BSM206"], "Asks for five stars.")

M(29, "order-problem", "text", "[Important] Part of order #O# unavailable",
  "Dear Mr Evans,\n\nOnly one of the two desk lamps in order #O# is available. We've adjusted the order amount for the missing lamp (no inventory), "
  "and £34.00 is on its way back to you via Amazon.\n\n"
  "It doesn't look like we'll be getting more in, to be honest, so the quickest thing would be for you to cancel the rest of the order yourself "
  "from Your Orders.\n\nRegards,\nLumen & Co",
  ["BSM108"], "Adjustment confirmed but advises buyer to cancel because of stock.")

M(30, "order-problem", "text", "Order #O# – stock issue",
  "Dear Ms Murray,\n\nDue to a stock discrepancy the mirror in your order #O# is no longer available.\n\n"
  "We would be grateful if you could request a cancellation through Amazon so it's all closed off properly.\n\n"
  "Apologies for the trouble.\n\nKind regards,\nReflections Home",
  ["BSM107", "BSM108"], "Asks buyer to request cancellation, no adjustment confirmed.")

M(31, "review-request", "text", "Review request – order #O#",
  "Hello,\n\nHow did you find the waterproof jacket in order #O#? A review on Amazon would help other customers.\n\n"
  "To unsubscribe from these messages, just reply UNSUBSCRIBE.\n\nKind regards,\nDrizzle Outdoor",
  ["BSM305"], "Reply-UNSUBSCRIBE opt-out instruction.")

M(32, "reply", "text", "Re: parcel missing (#O#)",
  "Hi Craig,\n\nYeah, the bloody courier has sent your parcel for order #O# to the wrong depot again. Absolute shambles, they're a bunch of useless shits.\n\n"
  "We're sending a new one out today, no need to return anything.\n\nCheers,\nLee\nRetro Games Hub",
  ["BSM306"], "English profanity about the courier.")

M(33, "delivery-delay", "text", "Lieferverzögerung Bestellung #O#",
  "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nIhre Bestellung #O# wird leider erst am 11. Dezember versandt.\n\n"
  "Mit freundlichen Grüßen\nBürobedarf Schulte",
  ["BSM104"], "Whole message in German to an en-GB buyer.")

M(34, "reply", "text", "Re: Sizing (#O#)",
  "Dear Mrs Bell,\n\nThe coat from order #O# does come up a little small; we'd suggest one size up. "
  "If you'd rather talk it through, give us a ring on 0161 496 0732 and we'll happily help.\n\nKind regards,\nNorthern Tailoring",
  ["BSM309"], "UK national phone number of the seller.")

M(35, "reply", "text", "Re: Assembly query (#O#)",
  "Hi Rob,\n\nThat third shelf on the bookcase (order #O#) is a bit of a squeeze. Text me on +44 7700 900461 and I'll send a short video showing the easiest way.\n\n"
  "Cheers,\nAndy | Oak & Iron Workshop",
  ["BSM309"], "Mobile number in international format.")

M(36, "return-follow-up", "text", "Return #O#: photos needed",
  "Dear Mr Khan,\n\nFor the return of the damaged vase in order #O# we'll need a couple of photos of the damage. Could you email them to returns@glassandvase.co.uk?\n\n"
  "Kind regards,\nGlass & Vase",
  ["BSM308"], "Plain e-mail address.")

M(37, "additional-information", "text", "Font choice for order #O#",
  "Hi Hannah,\n\nWhich font would you like on the printed mug from order #O#? Feel free to send your choice over to studio at mugmakers dot co dot uk.\n\n"
  "Thanks,\nMugMakers",
  ["BSM308"], "Obfuscated e-mail with 'at' and 'dot'.", locale="en-GB")

M(38, "reply", "html", "Re: Caring for your fern (#O#)",
  "<p>Hi Ella,</p>"
  "<p>Lovely to hear the fern from order #O# arrived in good shape. We've written up how often to water it: "
  "<a href=\"https://www.greenroomplants.co.uk/blog/fern-care\">our fern care guide on the Green Room blog</a>.</p>"
  "<p>Best,<br>Green Room Plants</p>",
  ["BSM302"], "Descriptive https link to the seller's blog.")

M(39, "reply", "html", "Re: Manual (#O#)",
  "<p>Dear Mr Wood,</p>"
  "<p>The manual for the bread maker in order #O# is also on the listing: "
  "<a href=\"http://www.amazon.co.uk/dp/B0B8KP3Q7R\">bread maker product page on Amazon</a>.</p>"
  "<p>Kind regards,<br>Bakeware Direct</p>",
  ["BSM301"], "Insecure http Amazon link.")

M(40, "review-request", "html", "How's the backpack? (#O#)",
  "<p>Hi Ollie,</p>"
  "<p><img src=\"https://img.packhorse.co.uk/products/trail-daypack-25l-navy.jpg\" alt=\"Trail Daypack 25L navy\" width=\"300\"></p>"
  "<p>You've had the daypack from order #O# a little while now. Fancy leaving a review on Amazon? All experiences welcome.</p>"
  "<p>Cheers,<br>Packhorse Bags</p>",
  ["BSM310"], "Image of the purchased product.")

M(41, "delivery-delay", "html", "Holiday delay – #O#",
  "<p><img src=\"https://cdn.silverandsage.co.uk/mail/sunset-beach.jpg\" alt=\"Sunset over a sandy beach\" width=\"300\"></p>"
  "<p>Dear customer,</p>"
  "<p>With the festive rush, the bracelet from order #O# won't go out until 15 December.</p>"
  "<p>Best wishes,<br>Silver &amp; Sage</p>",
  ["BSM311"], "Unrelated stock image of a beach.")

M(42, "delivery-delay", "html", "New dispatch date for order #O#",
  "<p><img src=\"https://cdn.castironco.co.uk/mail/cast-iron-co-logo.png\" width=\"160\"></p>"
  "<p>Dear Ms Hall,</p>"
  "<p>The cast iron skillet in order #O# is running late from the foundry. We now expect to dispatch it on 17 December.</p>"
  "<p>Kind regards,<br>Cast Iron Co.</p>",
  ["BSM402"], "Shop logo with no alt attribute.")

M(43, "reply", "text", "Re: Colour question (#O#)",
  "Hi Megan,\n\nYes, the yarn in order #O# is definitely the blush pink, not salmon. Happy knitting! \U0001F338\U0001F60A\n\nLove,\nThe Stitch Shed",
  ["BSM403"], "Emoji in reply.")

M(44, "reply", "text", "Re: Will it fit? (#O#)",
  "Hi Jake,\n\nThe cover from order #O# fits all 2022 models onwards, so you're sorted :D\n\nCheers,\nCoverCorner",
  ["BSM403"], "Emoticon :D.")

M(45, "delivery-delay", "html", "Delivery update #O#",
  "<style>h1{font-size:26px} h3{font-size:17px} p{font-size:14px} .footnote{font-size:10px}</style>"
  "<h1>Delivery update</h1><h3>Order #O#</h3>"
  "<p>Dear customer, the picture frame you ordered is held up by a late glass delivery and should now go out around 16 December.</p>"
  "<p class=\"footnote\">FrameWorks Ltd, 22 Mill Lane, Bristol BS1 4DJ</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")

M(46, "additional-information", "html", "Delivery address for order #O#",
  "<p>Dear Mr Ward,</p>"
  "<p>The house number seems to be missing from the delivery address on order #O#. Could you let us know what it is?<br><br><br><br>"
  "Kind regards,<br>Paper &amp; Quill</p>",
  ["BSM412"], "Run of four <br> tags.")

M(47, "invoice", "text", "[Important] Invoice for order #O#",
  "Hello,\n\nPlease find attached invoice INV/2026/1147 for order #O#.\n\nKind regards,\nAccounts Team\nChessmen Ltd",
  ["BSM110"], "[Important] tag on an invoice.")

M(48, "review-request", "text", "Review for order #O#",
  "Dear customer,\n\nWhat did you think of the tea set in order #O#? You can leave a review here: "
  "https://www.amazon.co.uk/review/create-review?asin=B0D1TZ8K2W\n\nKind regards,\nAunt Jo's Tea Room",
  ["BSM401"], "Bare Amazon URL as link text.")

# ---------------- varying (49-50) ----------------
M(49, "delivery-delay", "html", "Dispatch update for order #O#",
  "<p>Dear customer,</p>"
  "<p>The six wine glasses in order #O# will be dispatched on Thursday 17 December, following a delay at the glassworks.</p>"
  "<p>Kind regards,<br>Crystal Clear Glassware</p>"
  "<img src=\"https://t.mailpilot.co.uk/open.png?uid=84712&amp;cid=2207\" width=\"1\" height=\"1\" alt=\"\">",
  ["BSM307", "BSM402"], "Email-tool tracking pixel with empty alt.", locale="en-US")

M(50, "review-request", "html", "Your review of order #O#",
  "<div style=\"padding:0 140px\">"
  "<p>Hello,</p>"
  "<p>Would you share your experience of the walking poles from order #O# in a review on Amazon? All feedback is welcome.</p>"
  "<p>Best regards,<br>Fell &amp; Dale Outdoor</p></div>",
  ["BSM405"], "Wrapper with 140px padding on each side.")
