"""v8 blind set, English (en-GB, a few en-US)."""

MESSAGES = []


def m(locale, typ, fmt, subject, body, order_id, expected, note):
    n = len(MESSAGES) + 1
    MESSAGES.append({"id": "v8-en-%03d" % n, "language": "en", "locale": locale, "type": typ,
                     "format": fmt, "subject": subject, "body": body, "order_id": order_id,
                     "expected": sorted(expected), "note": note})


def o(n):
    return "603-%07d-%07d" % (2270000 + n * 53, 5830000 + n * 291)


# 1
m("en-GB", "delivery-delay", "text", "Your order %s - revised dispatch date" % o(1),
  "Hi Mrs Hughes,\n\nJust a quick note to say the oak bread bin on order %s is running a little behind. Our joiner in Hebden Bridge has had a backlog, so we now expect it to go out on Thursday 17 December rather than Monday 14th.\n\nSorry for the wait, and thanks for bearing with us.\n\nBest wishes,\nTom Ashworth\nPennine Woodcraft" % o(1),
  o(1), [], "Plain-text delay with a revised dispatch date; clean.")
# 2
m("en-US", "delivery-delay", "html", "Update on order %s" % o(2),
  "<p>Hello Ms. Ramirez,</p><p>Your order <b>%s</b> (2 x cast iron skillet, 10 in) is delayed by our foundry supplier.</p><table><tr><td>Original ship date</td><td>December 8, 2026</td></tr><tr><td>New estimated ship date</td><td>December 15, 2026</td></tr></table><p>We apologize for the delay.</p><p>Regards,<br>Customer Care<br>Ironside Kitchen Co.</p>" % o(2),
  o(2), [], "US-style builder HTML table with new ship date; clean.")
# 3
m("en-GB", "order-problem", "text", "[Important] Item unavailable - order %s" % o(3),
  "Dear Mr Patel,\n\nI'm afraid the brass desk lamp on order %s has sold out and we cannot send it. We have adjusted your order total, so the GBP 64.00 for the lamp will not be charged; you should see this reflected within a few working days.\n\nThe lampshade on the same order is unaffected and will follow as normal.\n\nKind regards,\nHelen Ward\nLumen & Co, Bristol" % o(3),
  o(3), [], "[Important] on a critical order problem with the amount adjusted; clean.")
# 4
m("en-GB", "additional-information", "text", "Quick question about order %s" % o(4),
  "Hello Sarah,\n\nFor the personalised dog tag on order %s, could you let us know the pet's name and the second line you'd like engraved on the back? Up to 20 characters per line. Once we have that we'll get it made.\n\nCheers,\nBeth\nWaggy Tags, Cornwall" % o(4),
  o(4), [], "Asks engraving details needed to complete the order; clean.")
# 5
m("en-GB", "return-follow-up", "text", "Your return request - order %s" % o(5),
  "Dear Ms Clarke,\n\nSorry to hear the tea set from order %s arrived with a chipped saucer. Rather than sending the whole set back, would a partial refund of GBP 9.50 suit you? You'd keep the set. If you'd prefer the full return instead, just say and we'll carry on with that.\n\nKind regards,\nJames Holloway\nHolloway Ceramics" % o(5),
  o(5), [], "Return follow-up offering a partial refund; clean.")
# 6
m("en-GB", "return-follow-up", "text", "Return for order %s - one question" % o(6),
  "Hi Mr Evans,\n\nAbout your return request for order %s: to finish processing it, could you tell us whether the boots are the wrong size or faulty? If faulty, a short description of the problem would help us decide between a replacement and a refund.\n\nThanks,\nRhiannon\nValley Outdoor, Cardiff" % o(6),
  o(6), [], "Return follow-up asking for information needed; clean.")
# 7
m("en-GB", "invoice", "text", "VAT invoice for order %s" % o(7),
  "Dear Sir or Madam,\n\nPlease find attached VAT invoice INV/2026/12/0771 for order %s. Total GBP 1,080.00 including VAT at 20%% (GBP 180.00).\n\nYours faithfully,\n\nAccounts Team\nNorthgate Office Supplies Ltd\nUnit 4, Riverside Park, Leeds LS11 5QT\nRegistered in England and Wales, company no. 09876543\nVAT reg. no. GB 123 4567 89" % o(7),
  o(7), [], "Invoice with UK company and VAT numbers, invoice number with slashes; clean.")
# 8
m("en-GB", "review-request", "text", "How are you getting on with order %s?" % o(8),
  "Hi Mr Foster,\n\nYour garden kneeler arrived last week (order %s). If you have a moment, would you write a review of it on Amazon? Whatever your experience, an honest review helps other gardeners choose.\n\nMany thanks,\nThe team at Greenfinger Tools" % o(8),
  o(8), [], "Neutral review request; clean.")
# 9
m("en-GB", "review-request", "html", "Share your thoughts on order %s" % o(9),
  "<p><img src=\"https://images.example-cdn.co.uk/thistle-and-thread-logo.png\" alt=\"Thistle and Thread logo\" width=\"150\"></p><p>Dear Mrs Morrison,</p><p>We hope the tartan scarf from order %s is keeping you warm. We'd value your honest review, good or bad.</p><p><a href=\"https://www.amazon.co.uk/review/create-review\">Write a review on Amazon.co.uk</a></p><p>Warm regards,<br>Thistle and Thread, Edinburgh</p>" % o(9),
  o(9), [], "HTML review request with shop logo alt and descriptive Amazon link; clean.")
# 10
m("en-GB", "delivery-scheduling", "text", "Booking your sofa delivery - order %s" % o(10),
  "Dear Mr Khan,\n\nYour three-seater sofa (order %s) will come on our two-person van. We have these slots free:\n\n- Tuesday 15 December, 8am-12pm\n- Wednesday 16 December, 12pm-4pm\n\nWhich suits you best? Please also let us know if there are stairs or a narrow hallway.\n\nKind regards,\nDeliveries Team\nComfort Home Furniture, Manchester" % o(10),
  o(10), [], "Delivery scheduling for a bulky item with slots; clean.")
# 11
m("en-US", "home-service-appointment", "text", "Scheduling your TV mounting - order %s" % o(11),
  "Hi Mr. Johnson,\n\nThanks for booking TV wall mounting with order %s. Our technician can come on Saturday, December 19 between 9:00 and 11:00 AM, or Monday, December 21 between 2:00 and 4:00 PM. Which works for you?\n\nBest,\nDerek Miller\nMountPro Services" % o(11),
  o(11), [], "Home-service appointment with US date/time formats; clean.")
# 12
m("en-GB", "custom-design-verification", "text", "Proof for your mug - order %s" % o(12),
  "Hiya Chloe,\n\nAttached is the proof for your custom mug (order %s): \"World's Best Nan\" in navy script, photo on the reverse. Please check the spelling and layout and reply to approve, or tell us what to change.\n\nThanks,\nAmy\nMugshot Prints, Norwich" % o(12),
  o(12), [], "Design proof for approval; clean.")
# 13
m("en-GB", "fulfillment-question", "text", "Access to your building - order %s" % o(13),
  "Dear Mr Reid,\n\nYour address for order %s is a block of flats with a secured entrance, and the item is too large for a communal letterbox. So that the courier can reach your door, could you send us the entry code, or tell us where the parcel can be left safely? Our reference is CS-2026-4471 (account ref. ACC-93771).\n\nKind regards,\nParcelwise Customer Service" % o(13),
  o(13), [], "Door-code question with tracking and reference numbers; clean.")
# 14
m("en-GB", "reply", "text", "Re: question about order %s" % o(14),
  "Hello Mrs Barker,\n\nThe \"Bodum Kaffeebereiter Chambord 1,0 l\" on order %s is the 8-cup size, which makes about four mugs. The glass is replaceable if it ever breaks.\n\nKind regards,\nOliver Grant\nThe Coffee Cupboard" % o(14),
  o(14), [], "Reply quoting a German product title in English sentences; clean.")
# 15
m("en-GB", "reply", "text", "Re: kettle stopped working - order %s" % o(15),
  "Dear Mr Hall,\n\nSorry the kettle from order %s has stopped working. It is still covered by the manufacturer's two-year warranty, so the quickest route is the manufacturer's warranty helpline on 0800 123 4567 (manufacturer warranty line, Mon-Fri 9am-5pm), who arrange repairs and replacements directly.\n\nKind regards,\nKitchen Corner Ltd" % o(15),
  o(15), [], "Manufacturer's warranty helpline marked as such; BSM309 exception, clean.")
# 16
m("en-GB", "reply", "html", "Re: delivery to Northern Ireland - %s" % o(16),
  "<p>Dear Ms Kelly,</p><p>Yes, we deliver to Belfast. Order %s will go out with our standard 3 to 5 working day service.</p><p>Best regards,<br>Daniel Shaw<br>Operations Manager</p><p><small>Shaw Cycle Parts Ltd, 22 Canal Street, Nottingham NG1 7EH. Registered in England and Wales no. 11223344. VAT no. GB 987 6543 21.</small></p>" % o(16),
  o(16), [], "Reply with UK company footer in <small>; clean.")
# 17
m("en-GB", "reply", "text", "Re: refund for order %s" % o(17),
  "Hi Grace,\n\nYour return for order %s reached us on 2 December at 14:37 (return ref. RMA-30917, Royal Mail tracking AB123456789GB). We've refunded GBP 27.99, which usually shows within 3-5 working days.\n\nBest,\nZoe\nLittle Sprouts Clothing" % o(17),
  o(17), [], "Reply with return and tracking numbers, date, time, amount; clean.")
# 18
m("en-GB", "fulfillment-question", "text", "Order %s is on its way" % o(18),
  "Hi Mr Turner,\n\nGood news - your order %s was handed over to DPD this afternoon and has left our warehouse in Milton Keynes.\n\nThanks,\nGearbox Sports" % o(18),
  o(18), ["BSM201"], "Shipping confirmation: handed to the carrier.")
# 19
m("en-US", "fulfillment-question", "text", "We got your order %s" % o(19),
  "Hi Jessica,\n\nJust letting you know we've received order %s and our team is getting it ready right now.\n\nBest,\nCrafty Cabin Supplies" % o(19),
  o(19), ["BSM201"], "Order received and being prepared: order confirmation.")
# 20
m("en-GB", "fulfillment-question", "text", "Thank you - %s" % o(20),
  "Dear customer,\n\nA huge thank you for choosing us. It really means a lot to a small business like ours.\n\nWarmest regards,\nHedgerow Teas\nOrder %s" % o(20),
  o(20), ["BSM202"], "Thanks only.")
# 21
m("en-GB", "fulfillment-question", "text", "Your purchase %s" % o(21),
  "Hello Mr Wood,\n\nShould anything ever crop up with your order %s, we're only a message away and happy to help.\n\nAll the best,\nBrightwell Audio" % o(21),
  o(21), ["BSM202"], "Only offers help if anything comes up.")
# 22
m("en-GB", "delivery-delay", "text", "Short delay on order %s" % o(22),
  "Dear Mrs Lewis,\n\nOrder %s will now be dispatched on Tuesday 8 December, one day later than planned.\n\nKind regards,\nPaws & Claws Pet Supplies\n\nP.S. Treat yourself - everything in our range is 20%% off this month with code PAWS20." % o(22),
  o(22), ["BSM203"], "P.S. promoting 20 percent off the whole range.")
# 23
m("en-GB", "reply", "text", "Re: glove sizing %s" % o(23),
  "Hi Megan,\n\nThe gloves on order %s are true to size; a medium fits a palm of 19-20 cm.\n\nDon't forget to follow us on Instagram and sign up to our newsletter to be first to see the new autumn collection!\n\nLove,\nWoolly Mammoth Knits" % o(23),
  o(23), ["BSM203"], "Follow us / newsletter / new collection.")
# 24
m("en-GB", "review-request", "text", "A review for order %s?" % o(24),
  "Dear Mr Price,\n\nWould you consider reviewing the yoga mat from order %s? Once your review is live, we'll pop a little thank-you gift in the post for you.\n\nNamaste,\nStretch Studio Supplies" % o(24),
  o(24), ["BSM204"], "Small gift once the review is published.")
# 25
m("en-US", "review-request", "text", "Review + refund - order %s" % o(25),
  "Hi Kevin,\n\nAs soon as your review of the power bank (order %s) is posted on Amazon, we'll refund the full purchase price to you. No strings attached!\n\nThanks,\nVoltVault" % o(25),
  o(25), ["BSM204"], "Full refund once the review is online.")
# 26
m("en-GB", "reply", "text", "Re: your review of order %s" % o(26),
  "Dear Mr Cooper,\n\nNow that the replacement zip has sorted the rucksack from order %s, would you mind updating or taking down your one-star review?\n\nKind regards,\nTrailhead Bags" % o(26),
  o(26), ["BSM205"], "Asks to update or remove a one-star review.")
# 27
m("en-GB", "review-request", "text", "Happy with order %s?" % o(27),
  "Hello Mrs Bell,\n\nIf you're pleased with the coffee grinder from order %s, we'd love a review on Amazon. If not, please get in touch with us first instead of leaving a review, and we'll put it right.\n\nRegards,\nGrind House" % o(27),
  o(27), ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact.")
# 28
m("en-GB", "review-request", "text", "One small favour - %s" % o(28),
  "Hi Lucy,\n\nGlad the photo frames from order %s arrived safely. Could you spare a moment to give us five stars on Amazon? It makes a real difference to us.\n\nThanks a million,\nFrame & Fable" % o(28),
  o(28), ["BSM206"], "Asks for five stars.")
# 29
m("en-GB", "order-problem", "text", "Item out of stock - order %s" % o(29),
  "Dear Ms Scott,\n\nThe wall light on order %s has sold out. We've adjusted your order total so you won't be charged for it. The quickest way to tidy things up is for you to cancel the order yourself from Your Orders.\n\nKind regards,\nLightHouse Interiors" % o(29),
  o(29), ["BSM108"], "Amount adjusted but advises buyer to cancel.")
# 30
m("en-GB", "order-problem", "text", "Stock problem with order %s" % o(30),
  "Dear Mr Baker,\n\nOwing to a stock error we can't supply the cordless drill on order %s. We would be grateful if you could submit a cancellation request so we can close this off.\n\nKind regards,\nToolshed Direct" % o(30),
  o(30), ["BSM107", "BSM108"], "Asks for cancellation request, no adjustment confirmed.")
# 31
m("en-GB", "delivery-delay", "text", "Delay - order %s" % o(31),
  "Dear Mrs Young,\n\nOrder %s will now ship on 14 December instead of 9 December.\n\nKind regards,\nPageturner Books\n\nTo stop receiving these messages, reply STOP." % o(31),
  o(31), ["BSM305"], "Reply STOP opt-out.")
# 32
m("en-GB", "reply", "text", "Re: complaint about %s" % o(32),
  "Mr Harris,\n\nThe lamp on order %s was in perfect condition when it left us, so stop sending us this bullshit and deal with your courier.\n\nSparks Electrical" % o(32),
  o(32), ["BSM306"], "English profanity in a reply.")
# 33
m("en-GB", "delivery-delay", "text", "Lieferverzögerung Bestellung %s" % o(33),
  "Sehr geehrter Herr Robinson,\n\nleider wird Ihre Bestellung %s erst am 10. Dezember versandt. Wir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nBike Lights UK" % o(33),
  o(33), ["BSM104"], "German message to an en-GB buyer.")
# 34
m("en-GB", "reply", "text", "Re: delivery for order %s" % o(34),
  "Dear Mrs Wright,\n\nThe easiest way to sort out delivery for order %s is to give us a ring on 0161 496 0732 and we'll find a day that works.\n\nKind regards,\nOakland Furniture" % o(34),
  o(34), ["BSM309"], "UK landline number in national format.")
# 35
m("en-US", "additional-information", "text", "Address check - order %s" % o(35),
  "Hi Mr. Carter,\n\nThe apartment number for order %s seems to be missing. Could you confirm it? You can also call us at +1 (512) 555-0184.\n\nThanks,\nLone Star Print Shop" % o(35),
  o(35), ["BSM309"], "US number in international format.")
# 36
m("en-GB", "reply", "text", "Re: invoice for %s" % o(36),
  "Dear Mr Mitchell,\n\nIf you email your company VAT number to accounts@fenlandkitchens.co.uk we'll reissue the invoice for order %s.\n\nKind regards,\nFenland Kitchens" % o(36),
  o(36), ["BSM308"], "Plain e-mail address.")
# 37
m("en-GB", "custom-design-verification", "text", "Your artwork for order %s" % o(37),
  "Hi Ryan,\n\nThe logo you sent for order %s is too low-resolution to print cleanly. Could you send a bigger file to studio at bramblepress dot co dot uk?\n\nCheers,\nBramble Press" % o(37),
  o(37), ["BSM308"], "Obfuscated e-mail address with 'at' and 'dot'.")
# 38
m("en-GB", "reply", "html", "Re: caring for teak - %s" % o(38),
  "<p>Dear Mrs Green,</p><p>For the garden table on order %s we recommend teak oil twice a year. Every step is in our <a href=\"https://www.teakandtimber.co.uk/care/teak-furniture\">teak furniture care guide</a>.</p><p>Kind regards,<br>Teak &amp; Timber</p>" % o(38),
  o(38), ["BSM302"], "Descriptive https link to seller's own site.")
# 39
m("en-GB", "review-request", "html", "Your review of order %s" % o(39),
  "<p>Dear Mr Hill,</p><p>We'd appreciate a review of the office chair from order %s, whatever your experience.</p><p><a href=\"http://www.amazon.co.uk/review/create-review\">Review your chair on Amazon.co.uk</a></p><p>Kind regards,<br>SitWell Office</p>" % o(39),
  o(39), ["BSM301"], "Plain http link to Amazon.")
# 40
m("en-GB", "reply", "html", "Re: throw colour - %s" % o(40),
  "<p>Hi Hannah,</p><p>The throw on order %s is mustard, slightly warmer than on screen:</p><p><img src=\"https://cdn.cosyhome.co.uk/products/wool-throw-mustard.jpg\" alt=\"Mustard wool throw\" width=\"300\"></p><p>Best,<br>Cosy Home</p>" % o(40),
  o(40), ["BSM310"], "Photo of the purchased product.")
# 41
m("en-GB", "delivery-delay", "html", "New dispatch date - %s" % o(41),
  "<p>Dear Mrs Adams,</p><p>Your fairy lights (order %s) will now be dispatched on 16 December because of courier backlogs.</p><p><img src=\"https://cdn.twinkleshop.co.uk/stock/christmas-tree-lounge.jpg\" alt=\"Decorated Christmas tree in a lounge\" width=\"300\"></p><p>Kind regards,<br>Twinkle Shop</p>" % o(41),
  o(41), ["BSM311"], "Unrelated stock image of a Christmas tree.")
# 42
m("en-GB", "reply", "html", "Re: manual for %s" % o(42),
  "<p>Dear Mr Walker,</p><p>The manual for the breadmaker on order %s is attached as a PDF.</p><p><img src=\"https://cdn.bakersbench.co.uk/bakers-bench-logo.png\" alt=\"\" width=\"140\"></p><p>Kind regards,<br>Baker's Bench</p>" % o(42),
  o(42), ["BSM402"], "Logo image with empty alt.")
# 43
m("en-GB", "reply", "text", "Re: delivery time %s" % o(43),
  "Hey Jack,\n\nYour skateboard from order %s should be with you tomorrow. Enjoy! \U0001F389\U0001F44D\n\nCheers,\nBoardroom Skate" % o(43),
  o(43), ["BSM403"], "Emoji.")
# 44
m("en-GB", "additional-information", "text", "Colour choice - order %s" % o(44),
  "Hi Ellie,\n\nFor the vase on order %s we've got sage and sand left. Which would you like? :)\n\nThanks,\nClayworks Whitby" % o(44),
  o(44), ["BSM403"], "Emoticon :)")
# 45
m("en-GB", "delivery-delay", "html", "Revised date - %s" % o(45),
  "<style>h1{font-size:26px} h2{font-size:20px} p{font-size:15px} .fine{font-size:10px}</style><h1>Delay</h1><h2>Order %s</h2><p>Dear Mr Roberts, your pannier bag will ship on 12 December instead of 8 December.</p><p class=\"fine\">CycleKit Oxford</p>" % o(45),
  o(45), ["BSM410"], "Four explicit font sizes in a style block.")
# 46
m("en-GB", "additional-information", "html", "Measurements needed - %s" % o(46),
  "<p>Dear Mrs Thompson,</p><p>For the made-to-measure blinds on order %s we still need your window width in centimetres.<br><br><br><br>Kind regards,<br>Blinds by Design, Harrogate</p>" % o(46),
  o(46), ["BSM412"], "Run of four <br> tags.")
# 47
m("en-GB", "review-request", "text", "[Important] Your feedback on order %s" % o(47),
  "Dear Mr Allen,\n\nWould you leave a review of the hiking poles from order %s? Honest feedback of any kind helps other walkers.\n\nKind regards,\nSummit Gear" % o(47),
  o(47), ["BSM110"], "[Important] on a review request.")
# 48
m("en-GB", "review-request", "html", "Thoughts on order %s?" % o(48),
  "<p>Dear Ms Martin,</p><p>Would you tell other buyers about the flask from order %s? Any honest review helps: <a href=\"https://www.amazon.co.uk/review/create-review\">https://www.amazon.co.uk/review/create-review</a></p><p>Kind regards,<br>Trailside Outdoors</p>" % o(48),
  o(48), ["BSM401"], "Bare URL as link text.")
# 49
m("en-GB", "delivery-delay", "html", "Dispatch update - order %s" % o(49),
  "<p>Dear Mr Jackson,</p><p>Order %s will now be dispatched on 15 December.</p><p>Kind regards,<br>Garden Seating Co</p><img src=\"https://track.mailtool-example.com/open.gif?uid=88412&amp;msg=delay\" width=\"1\" height=\"1\">" % o(49),
  o(49), ["BSM307", "BSM402"], "1x1 tracking pixel with no alt.")
# 50
m("en-GB", "review-request", "html", "A review for order %s" % o(50),
  "<p><a href=\"https://www.harbourcandles.co.uk\"><img src=\"https://www.harbourcandles.co.uk/logo.png\" alt=\"Harbour Candles logo\" width=\"150\"></a></p><p>Dear Mrs Edwards,</p><p>Would you review the candles from order %s on Amazon? Any honest opinion is welcome.</p><p><a href=\"https://www.amazon.co.uk/review/create-review\">Write a review on Amazon.co.uk</a></p><p>Kind regards,<br>Harbour Candles</p>" % o(50),
  o(50), ["BSM302", "BSM304"], "Logo linked to the seller's website.")
