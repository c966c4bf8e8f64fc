"""v16 blind evaluation set, English (en-GB)."""

LANG, LOC, PFX = "en", "en-GB", "471"


def O(i):
    a = (5772156 + i * 104723) % 9000000 + 1000000
    b = (1618033 + i * 7654319) % 9000000 + 1000000
    return f"{PFX}-{a:07d}-{b:07d}"


MESSAGES = []


def m(i, typ, fmt, subject, body, expected, note):
    MESSAGES.append({"id": f"v16-{LANG}-{i:03d}", "language": LANG, "locale": LOC, "type": typ,
                     "format": fmt, "subject": subject, "body": body, "order_id": O(i),
                     "expected": sorted(expected), "note": note})


m(1, "delivery-delay", "text", f"Order {O(1)} - slight delay",
  f"Hi Gemma,\n\nJust a heads-up that your hand-thrown fruit bowl (order {O(1)}) is running a few days behind. The glaze firing went wrong on the first batch so we've re-fired it. It should now leave us on Thursday 10 December and reach you by the weekend.\n\nSorry for the wait,\nTom\nFurnace Lane Pottery, Stoke-on-Trent", [], "Clean plain-text delay from a small pottery.")
m(2, "delivery-delay", "html", "Update on your order " + O(2),
  f"<table width=\"100%\" cellpadding=\"8\"><tr><td><p>Dear Mr Okafor,</p><p>We're sorry to let you know that the <strong>Harlow 3-tier bookcase</strong> from order {O(2)} will now be dispatched on <strong>15/12/2026</strong>, rather than 8 December as shown at checkout. Our supplier's delivery to us was held up at the port.</p><p>Kind regards,<br>Priya Shah<br>Customer Care, Oakleaf Interiors Ltd</p></td></tr></table>", [], "Clean builder-style HTML delay in a table without styles.")
m(3, "order-problem", "text", f"[Important] Item unavailable - order {O(3)}",
  f"Dear Ms Fairweather,\n\nUnfortunately we are unable to supply the brass door knocker (lion head) on order {O(3)}: our last unit failed quality inspection and the manufacturer has discontinued the line. We have adjusted your order total accordingly and the £27.99 will be returned to your original payment method via Amazon within a few working days.\n\nWith apologies,\nAlan Hughes\nIronmongery Direct Co.", [], "Clean order problem with [Important] and amount adjusted.")
m(4, "additional-information", "text", f"Quick question about order {O(4)}",
  f"Hello Rhys,\n\nThanks for ordering the personalised dog tag (order {O(4)}). The engraving field came through blank, so could you let us know what you'd like on it? Up to 3 lines of 15 characters each works best - usually the dog's name and your postcode.\n\nCheers,\nBeth, Waggy Tails Workshop", [], "Clean request for missing personalisation details.")
m(5, "return-follow-up", "text", f"Your return request - {O(5)}",
  f"Dear Mrs Patel,\n\nWe've seen your return request for the wool throw from order {O(5)}, which arrived with a pulled thread on one corner. If you'd be happy to keep it, we can offer a partial refund of £12.00 instead of a full return. If you'd rather send it back, that's absolutely fine too - just let us know.\n\nBest wishes,\nFiona\nHebridean Weavers", [], "Clean return follow-up offering a partial refund.")
m(6, "return-follow-up", "html", "Return for order " + O(6),
  f"<p>Hi Jack,</p><p>To finish processing your return for order {O(6)}, could you tell us which size you're sending back? The order contained both the <em>M</em> and the <em>L</em> hoodie.</p><p>Thanks,<br>Returns team<br>Northern Thread Apparel</p>", [], "Clean return follow-up asking for missing information.")
m(7, "invoice", "html", "VAT invoice for order " + O(7),
  f"<p>Dear Ms Kowalczyk,</p><p>Please find attached VAT invoice <strong>INV/2026/04127</strong> for order {O(7)}, as requested for your company accounts.</p><p>Kind regards,<br>Accounts Department</p><p><small>Bramley Office Supplies Ltd, Unit 4 Kingsway Business Park, Rochdale OL16 4NW. Registered in England and Wales, Company No. 08123456. VAT Reg. No. GB 284 5571 36.</small></p>", [], "Clean invoice with VAT and company numbers.")
m(8, "review-request", "text", f"How are you getting on? Order {O(8)}",
  f"Hi Sophie,\n\nHope the bee hotel from order {O(8)} has found a sunny spot. If you have a moment, we'd really value a review on Amazon - good or bad, honest feedback helps other gardeners decide.\n\nAll the best,\nMartin\nWildside Garden Crafts", [], "Clean neutral review request in text.")
m(9, "review-request", "html", "Your thoughts on order " + O(9),
  f"<p><img src=\"https://assets.greyhoundleather.co.uk/brand/greyhound-leather-logo.png\" alt=\"Greyhound Leather Co. logo\" width=\"150\"></p><p>Dear customer,</p><p>Your leather wallet from order {O(9)} should have arrived a little while ago. We'd be grateful if you could share your experience on <a href=\"https://www.amazon.co.uk/review/create-review?asin=B0D3XKQ7LM\">the Amazon review page for this wallet</a>.</p><p>Kind regards,<br>Greyhound Leather Co.</p>", [], "Clean HTML review request with logo alt text and descriptive Amazon link.")
m(10, "delivery-scheduling", "text", f"Booking your sofa delivery - {O(10)}",
  f"Dear Mr and Mrs Ellison,\n\nYour three-seater sofa (order {O(10)}) is ready for delivery by our two-person crew. Available slots:\n\n* Tue 15 Dec, 8am-12pm\n* Thu 17 Dec, 12pm-4pm\n* Sat 19 Dec, 9am-1pm\n\nPlease reply with the slot that suits you and let us know about any tight stairways.\n\nRegards,\nDelivery Planning, Cotswold Sofa Company", [], "Clean delivery scheduling with slots.")
m(11, "home-service-appointment", "html", "Installation appointment, order " + O(11),
  f"<p>Hello Mr Baptiste,</p><p>Our engineer can fit the electric oven from order {O(11)} on either of these dates:</p><ul><li>Monday 14 December, 10:00-12:00</li><li>Wednesday 16 December, 14:00-16:00</li></ul><p>Please reply with your preferred appointment.</p><p>Thanks,<br>Install Team, Kitchen Fit Services</p>", [], "Clean home-service appointment.")
m(12, "custom-design-verification", "text", f"Proof for your wedding sign (order {O(12)})",
  f"Hi Hannah and Luke,\n\nAttached is the proof for your oak welcome sign on order {O(12)}: \"Welcome to the wedding of Hannah & Luke, 12.06.2027\". Please check the spelling and date carefully - once you're happy, reply with \"approved\" and we'll start carving.\n\nAttachment: proof_welcome_sign_v2.pdf\n\nWarmly,\nEllie\nCarve & Co. Signs", [], "Clean design proof with attachment.")
m(13, "fulfillment-question", "text", f"Access code needed - order {O(13)}",
  f"Dear Mr Nakamura,\n\nYour address on order {O(13)} is in a gated development (Flat 22, Riverside Court). The courier won't be able to get in without the gate code. Could you reply with the code, or tell us a safe place the driver may leave the parcel? Our reference is DLV-77310 (customer account C-20417).\n\nKind regards,\nDespatch Team, Cobble Coffee Roasters", [], "Clean door-code question with reference numbers.")
m(14, "reply", "text", f"Re: Question about 'Le Petit Chef' set - {O(14)}",
  f"Hi Claire,\n\nGood question! The 'Le Petit Chef – Coffret Pâtisserie' kit on order {O(14)} is imported from France, so the box is printed in French, but we include an English recipe card inside. The measurements are metric.\n\nBest,\nOwen\nLittle Bakers Toy Shop", [], "Clean reply quoting a French product title.")
m(15, "reply", "text", f"Re: Kettle stopped working - order {O(15)}",
  f"Dear Mr Doyle,\n\nSorry to hear the kettle from order {O(15)} has stopped switching on. It is still within the manufacturer's two-year guarantee, and Kelston Appliances handle repairs and replacements directly. Their warranty line (manufacturer) is 0344 561 0920, Monday to Friday, 9am-5pm.\n\nKind regards,\nHome Electricals Outlet", [], "Clean reply with manufacturer's warranty line marked as such.")
m(16, "reply", "html", "Re: Supplier details for order " + O(16),
  f"<p>Hi Ms Adeyemi,</p><p>Of course - our company details for your supplier records are below. They also appear on the invoice for order {O(16)}.</p><p>Many thanks,<br>Laura Bennett<br>Operations Manager</p><p><small>Tidewater Marine Supplies Ltd<br>18 Harbour Road, Falmouth, Cornwall TR11 2AB<br>Company No. 10987654 | VAT No. GB 312 4488 09</small></p>", [], "Clean reply with company footer.")
m(17, "reply", "text", f"Re: Refund for return - {O(17)}",
  f"Hi Nathan,\n\nYour return (RMA 55192, Royal Mail tracking RT 4418 2297 5GB) reached our warehouse on Friday 4 December at 11:45. We issued the refund of £84.50 for the running shoes on order {O(17)} on Monday 7 December; depending on your bank it can take 3-5 working days to show.\n\nCheers,\nKerry\nStride Running Store", [], "Clean reply with return numbers, dates, times and amounts.")
m(18, "fulfillment-question", "text", f"Good news on order {O(18)}",
  f"Hi Olivia,\n\nYour candle set from order {O(18)} has just been handed over to the courier and is on its way to you!\n\nBest,\nWick & Wax Studio", ["BSM201"], "Shipment confirmation: handed to the courier.")
m(19, "additional-information", "html", "Order " + O(19),
  f"<p>Dear Mr Campbell,</p><p>This is to let you know we've received your order {O(19)} and our team is now getting it ready.</p><p>Regards,<br>Highland Tea Merchants</p>", ["BSM201"], "Order confirmation: received and preparing.")
m(20, "reply", "text", f"Thank you! {O(20)}",
  f"Hi Amelia,\n\nJust a quick note to say a huge thank you for your order {O(20)}. It means the world to a small shop like ours.\n\nLove,\nPoppy\nPaper Poppy Stationery", ["BSM202"], "Thanks only.")
m(21, "fulfillment-question", "text", f"Order {O(21)}",
  f"Dear customer,\n\nShould you have any questions or problems with order {O(21)}, we're always here to help. Just drop us a message through Amazon.\n\nKind regards,\nPeak Cycle Parts", ["BSM202"], "Only offers help if anything comes up.")
m(22, "delivery-delay", "text", f"New dispatch date - {O(22)}",
  f"Hi Daniel,\n\nThe camping stove from order {O(22)} will now be dispatched on Wednesday 9 December.\n\nThanks for your patience,\nTrailhead Outdoor\n\nP.S. Use code WINTER20 for 20% off everything in our store this month!", ["BSM203"], "Discount code in a P.S.")
m(23, "reply", "html", "Re: Sizing " + O(23),
  f"<p>Hi Isla,</p><p>The jumper on order {O(23)} is true to size.</p><p>Don't forget to follow us on Instagram and sign up to our newsletter to be first to see the new spring collection!</p><p>Knit Happens</p>", ["BSM203"], "Follow us, newsletter and new collection.")
m(24, "review-request", "text", f"Would you leave a review? {O(24)}",
  f"Dear Mr Grant,\n\nWe hope you're enjoying the bird feeder from order {O(24)}. Once your review is published on Amazon, we'll pop a little thank-you gift in the post for you.\n\nKind regards,\nFeathered Friends Ltd", ["BSM204"], "Gift once the review is published.")
m(25, "review-request", "text", f"Your feedback - order {O(25)}",
  f"Hello Zara,\n\nWould you consider reviewing the phone case from order {O(25)}? As soon as your review goes live we'll refund your purchase in full.\n\nThanks,\nCaseCraft UK", ["BSM204"], "Full refund once the review is online.")
m(26, "reply", "text", f"Re: Your review - {O(26)}",
  f"Dear Mrs Lawson,\n\nWe're pleased the replacement lamp for order {O(26)} arrived safely. Now that it's sorted, would you mind updating or removing your one-star review?\n\nBest regards,\nBrightside Lighting", ["BSM205"], "Asks to update or remove a one-star review.")
m(27, "review-request", "text", f"Happy with your purchase? {O(27)}",
  f"Hi Callum,\n\nIf you're pleased with the hammock from order {O(27)}, we'd love a review on Amazon. If not, please contact us first rather than leaving a review so we can put it right.\n\nCheers,\nSwing Easy Hammocks", ["BSM206"], "Review only if satisfied, unhappy buyers steered away.")
m(28, "review-request", "html", "A quick favour - order " + O(28),
  f"<p>Dear customer,</p><p>If you could spare a minute to give the jigsaw from order {O(28)} a 5-star rating on Amazon, it would make a real difference to our little business.</p><p>Thank you,<br>Puzzle Barn</p>", ["BSM206"], "Asks for a five-star rating.")
m(29, "order-problem", "text", f"[Important] Problem with order {O(29)}",
  f"Dear Mr Reid,\n\nOne of the two cushion covers on order {O(29)} is out of stock, and we've already reduced your order total by £14.00. The other cover won't be back in for six weeks, so honestly the quickest way is for you to cancel the order yourself from Your Orders.\n\nRegards,\nNest Home Store", ["BSM108"], "Adjusted but advises buyer to cancel himself.")
m(30, "order-problem", "text", f"Stock issue - {O(30)}",
  f"Dear Ms Thornton,\n\nDue to a stock-count error the desk lamp on order {O(30)} has sold out. We'd appreciate it if you could submit a cancellation request on your side.\n\nApologies,\nDeskTop Supplies", ["BSM107", "BSM108"], "Asks for a cancellation request without any adjustment.")
m(31, "delivery-delay", "text", f"Revised dispatch - {O(31)}",
  f"Dear customer,\n\nOrder {O(31)} will now ship on Monday 14 December.\n\nTo stop receiving messages from us, reply UNSUBSCRIBE.\n\nKind regards,\nPaws & Claws Pet Supplies", ["BSM305"], "Opt-out instruction: reply UNSUBSCRIBE.")
m(32, "reply", "text", f"Re: Complaint {O(32)}",
  f"Hi Dean,\n\nThat fucking courier has dumped your parcel (order {O(32)}) at the wrong house again. What a shitshow. We're sending another one today.\n\nGameZone", ["BSM306"], "English profanity.")
m(33, "delivery-delay", "text", f"Verzögerung Ihrer Bestellung {O(33)}",
  f"Sehr geehrte Frau Walsh,\n\nleider verzögert sich der Versand Ihrer Bestellung {O(33)} um eine Woche. Wir rechnen mit dem Versand am 15. Dezember.\n\nMit freundlichen Grüßen\nToy Box Direct", ["BSM104"], "German message to an en-GB buyer.")
m(34, "delivery-scheduling", "text", f"Wardrobe delivery - {O(34)}",
  f"Hi Megan,\n\nWe'd like to arrange delivery of the wardrobe from order {O(34)}. Give Steve a ring on 07700 914 382 to pick a day that suits.\n\nThanks,\nVonk Furniture Makers", ["BSM309"], "UK mobile number, not a warranty line.")
m(35, "reply", "html", "Re: Noisy fan " + O(35),
  f"<p>Dear Mr Hussain,</p><p>Sorry the fan from order {O(35)} is rattling. Our service desk can talk you through it on +44 (0)161 496 0725, weekdays 9-5.</p><p>Regards,<br>CoolAir Store</p>", ["BSM309"], "International-format seller phone number.")
m(36, "additional-information", "text", f"Measurements needed - {O(36)}",
  f"Hi Ben,\n\nFor the made-to-measure worktop on order {O(36)} we need the exact width of your alcove. Please email the measurements and a photo to orders@bespokeworktops.co.uk.\n\nThanks,\nBespoke Worktops", ["BSM308"], "Plain e-mail address.")
m(37, "reply", "text", f"Re: Manual for order {O(37)}",
  f"Hi Grace,\n\nHappy to send the sewing machine manual for order {O(37)} as a PDF. Just drop a line to help at stitchcorner dot co dot uk and we'll send it over today.\n\nStitch Corner", ["BSM308"], "Obfuscated e-mail address with 'at' and 'dot'.")
m(38, "reply", "html", "Re: Care for your bench " + O(38),
  f"<p>Hi Rachel,</p><p>Great that you want to look after the teak bench from order {O(38)}. Everything you need is on <a href=\"https://www.teakandtimber.co.uk/care-guide\">our teak care guide</a>.</p><p>Teak &amp; Timber</p>", ["BSM302"], "Https link to the seller's own website.")
m(39, "additional-information", "html", "Address check - " + O(39),
  f"<p>Dear Mr Hargreaves,</p><p>The house number seems to be missing on order {O(39)}. Could you check the address in <a href=\"http://www.amazon.co.uk/gp/css/order-history\">your Amazon order history</a> and send us the correct number?</p><p>Regards,<br>Lumen Lighting</p>", ["BSM301"], "Plain http link to Amazon.")
m(40, "delivery-delay", "html", "Dispatch update " + O(40),
  f"<p>Hi Karen,</p><p>The vase from order {O(40)} will now leave us on 11 December.</p><p><img src=\"https://img.redglassstudio.co.uk/products/amber-vase-30cm.jpg\" alt=\"Amber vase 30 cm\" width=\"240\"></p><p>Red Glass Studio</p>", ["BSM310"], "Image of the purchased product.")
m(41, "delivery-delay", "html", "Festive delay - " + O(41),
  f"<p>Dear Mr Clarke,</p><p>Because of the festive rush, order {O(41)} will be dispatched on 18 December.</p><p><img src=\"https://images.stockphotos.example.com/beach-sunset.jpg\" alt=\"Sunset over a tropical beach\" width=\"300\"></p><p>Toy Chest Cornwall</p>", ["BSM311"], "Unrelated stock image of a beach.")
m(42, "review-request", "html", "Your experience with order " + O(42),
  f"<p><img src=\"https://cdn.clayandco.co.uk/logo.png\" width=\"140\"></p><p>Dear customer,</p><p>Would you write an Amazon review of the mugs from order {O(42)}? All honest opinions welcome.</p><p>Kind regards,<br>Clay &amp; Co.</p>", ["BSM402"], "Shop logo with no alt attribute.")
m(43, "delivery-delay", "text", f"Bear with us 🙈 - {O(43)}",
  f"Hi Freya,\n\nYour jewellery box (order {O(43)}) will ship on Friday 11 December, two days later than planned 📦\n\nSilver Thread Studio", ["BSM403"], "Emoji in subject and body.")
m(44, "additional-information", "text", f"Colour choice - {O(44)}",
  f"Hi Sam,\n\nNo colour was chosen for the bike bell on order {O(44)}. Mint, black or copper? ;)\n\nRing Ring Bells", ["BSM403"], "Emoticon ';)'.")
m(45, "delivery-delay", "html", "Delay notice " + O(45),
  f"<style>h1{{font-size:28px}} h3{{font-size:18px}} p{{font-size:15px}} .fine{{font-size:10px}}</style><h1>Delivery delay</h1><h3>Order {O(45)}</h3><p>Dear customer, your shoe rack will ship on 16 December instead of 9 December.</p><p class=\"fine\">Shoe Storage Specialists, Leeds</p>", ["BSM410"], "Four explicit font sizes in a style block.")
m(46, "return-follow-up", "html", "Return " + O(46),
  f"<p>Dear Marie,</p><p>To complete your return for order {O(46)}: is the blender still in its sealed packaging?<br><br><br><br>Kind regards,<br>Kitchen World Bristol</p>", ["BSM412"], "Run of four <br> tags.")
m(47, "review-request", "text", f"[Important] Please review order {O(47)}",
  f"Dear Mr Walker,\n\nWe'd be grateful if you could leave a review of the socket set from order {O(47)} on Amazon.\n\nRegards,\nToolshed Direct", ["BSM110"], "[Important] on a review request.")
m(48, "review-request", "html", "Review request " + O(48),
  f"<p>Hi Tim,</p><p>How's the skateboard from order {O(48)}? <a href=\"https://www.amazon.co.uk/review/create-review\">Click here</a> to leave a review.</p><p>Board Barn</p>", ["BSM401"], "Link text 'Click here'.")
m(49, "delivery-delay", "html", "Dispatch moved - " + O(49),
  f"<div style=\"padding:0 140px\"><p>Dear customer,</p><p>The picture frame from order {O(49)} will be dispatched on Tuesday 15 December.</p><p>Kind regards,<br>Frame Works</p></div>", ["BSM405"], "140 px padding each side.")
m(50, "delivery-scheduling", "text", f"Dining table delivery {O(50).replace('-', '')}",
  f"Dear Mr and Mrs Foster,\n\nYour oak dining table (order {O(50).replace('-', '')}) is ready. As it's 2.4 m long we deliver with two people. Would Wednesday 16 December 1pm-5pm or Saturday 19 December 9am-1pm suit you better?\n\nRegards,\nTable House Bath", ["BSM102"], "Order number written without hyphens.")
