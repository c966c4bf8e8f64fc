"""v33 evaluation messages, English (en)."""

_R = []


def _m(type_, fmt, locale, subject, body, order_id, expected, note):
    _R.append({"type": type_, "format": fmt, "locale": locale, "subject": subject,
               "body": body, "order_id": order_id, "expected": sorted(expected), "note": note})


# ---- 17 clean ----
_m("delivery-delay", "text", "en-GB", "Your order 642-3094172-6618203 - revised dispatch date",
   "Dear Mrs Whitfield,\n\nI'm writing about the Shetland wool throw you ordered from us (order 642-3094172-6618203). Our mill in the Borders had a loom break down last week "
   "and, rather frustratingly, the replacement part has taken longer to arrive than promised.\n\nWe now expect to dispatch your throw on Friday 18 December rather than Monday 14 December. "
   "Your order stays exactly as it is and there's nothing you need to do.\n\nI'm sorry for the wait, and thank you for your patience.\n\nKind regards,\n\nAlison Reid\nThistle & Weft Textiles\nGalashiels",
   "642-3094172-6618203", [], "Long chatty delivery delay in plain text.")
_m("delivery-delay", "html", "en-US", "Shipping update for order 642-8813045-2207761",
   "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td><p>Hi Marcus,</p>"
   "<p>The replacement carburetor kit on order <strong>642-8813045-2207761</strong> is backordered with our distributor in Ohio. "
   "We expect it to ship on <strong>December 16</strong> instead of December 9.</p><p>Thanks for bearing with us,<br>Ridgeway Small Engine Parts</p></td></tr></table>",
   "642-8813045-2207761", [], "Builder-style HTML table delay without styles.")
_m("order-problem", "text", "en-GB", "[Important] Item unavailable on order 642-5520867-1943308",
   "Hello Mr Okafor,\n\nUnfortunately we can't send the 500 g tin of Assam loose leaf on order 642-5520867-1943308: the batch failed our quality check and there's no other stock.\n\n"
   "We've adjusted your order total by £12.40, so you will only be charged for the Darjeeling and the tea strainer, which are going ahead as normal.\n\nBest wishes,\nThe Copper Kettle Tea Co.",
   "642-5520867-1943308", [], "Order problem with adjustment confirmed; [Important] allowed.")
_m("additional-information", "text", "en-US", "Question about order 642-1176530-8842095",
   "Hi Jenna,\n\nThanks for ordering the personalized dog collar (order 642-1176530-8842095). Could you confirm your dog's neck measurement in inches? "
   "The name tag will be stitched on, so we'd like to get the size right before we cut the leather.\n\nBest,\nDanny\nPawprint Leatherworks",
   "642-1176530-8842095", [], "Request for a measurement needed to make the order.")
_m("return-follow-up", "text", "en-AU", "Return on order 642-6609218-3357410",
   "G'day Liam,\n\nYour returned surfboard leash (order 642-6609218-3357410) has landed back with us. It's been used in the water and the cuff velcro is worn, so we can't resell it as new.\n\n"
   "We'd like to offer a partial refund of A$28.00 of the A$44.95 you paid. Just reply to say if that works for you and we'll process it straight away.\n\nCheers,\nSaltline Surf Supplies",
   "642-6609218-3357410", [], "Return follow-up offering a partial refund.")
_m("return-follow-up", "text", "en-GB", "Your return request - 642-4438801-9920563",
   "Dear Ms Patel,\n\nWe've had your return request for order 642-4438801-9920563. To arrange the right collection, could you tell us whether the bookcase is still flat-packed or already assembled?\n\n"
   "Regards,\nOakridge Furniture Returns", "642-4438801-9920563", [], "Return follow-up asking for information.")
_m("invoice", "html", "en-GB", "VAT invoice for order 642-7760314-5518926",
   "<p>Dear Mr Hughes,</p><p>Please find attached the VAT invoice INV/2026/12/0087 for order 642-7760314-5518926 (3 x LED panel light 600x600).</p>"
   "<table border=\"1\" cellpadding=\"4\"><tr><td>Net</td><td>£149.25</td></tr><tr><td>VAT 20%</td><td>£29.85</td></tr><tr><td>Total</td><td>£179.10</td></tr></table>"
   "<p>Kind regards,<br>Brightwell Lighting Ltd<br>Unit 4, Riverside Park, Leeds LS10 1AB<br>Company No. 09876543 | VAT Reg. GB 123 4567 89</p>",
   "642-7760314-5518926", [], "Invoice with VAT and company numbers and a slashed invoice number.")
_m("review-request", "text", "en-US", "Order 642-2054497-6631182",
   "Hi Karen,\n\nWe hope the cast iron skillet from order 642-2054497-6631182 is cooking well. If you have a moment, would you leave a review on Amazon? Honest feedback of any kind helps other shoppers.\n\n"
   "Thank you,\nPrairie Forge Cookware", "642-2054497-6631182", [], "Short neutral review request.")
_m("review-request", "html", "en-IE", "Sharing your thoughts on order 642-9381106-4475029",
   "<p><img src=\"https://assets.wildatlanticcandles.ie/brand/wild-atlantic-candles-logo.png\" alt=\"Wild Atlantic Candles logo\" width=\"150\"></p>"
   "<p>Dear Siobhán,</p><p>You recently bought our sea salt and driftwood candle (order 642-9381106-4475029). When you have a minute, you can "
   "<a href=\"https://www.amazon.co.uk/review/create-review?asin=B0C7Q4ZP11\">write a review of the candle on Amazon</a>. We read every one, good or bad.</p>"
   "<p>All the best,<br>Wild Atlantic Candles, Dingle</p>", "642-9381106-4475029", [],
   "HTML review request with logo and descriptive https Amazon link.")
_m("delivery-scheduling", "text", "en-GB", "Delivery slot for your American fridge freezer - 642-3317724-8806155",
   "Hello Mr and Mrs Doyle,\n\nYour fridge freezer (order 642-3317724-8806155) weighs 118 kg and comes on our two-person van. These slots are free:\n\n"
   "Tue 15/12, 7am-11am\nThu 17/12, 12pm-4pm\nSat 19/12, 8am-12pm\n\nPlease reply with the slot you'd like, and let us know if there are steps at the entrance.\n\nMany thanks,\nHomeCool Appliances Delivery Team",
   "642-3317724-8806155", [], "Scheduling a heavy appliance delivery.")
_m("home-service-appointment", "text", "en-US", "TV wall mounting appointment - order 642-5580239-1164478",
   "Hi Mr. Alvarez,\n\nYou booked wall mounting with your 65\" TV (order 642-5580239-1164478). Our technician can come on Monday, December 14 between 10:00 AM and 12:00 PM, "
   "or Wednesday, December 16 between 3:00 PM and 5:00 PM.\n\nWhich works better for you? The job takes about 90 minutes.\n\nThanks,\nMountPro Installations",
   "642-5580239-1164478", [], "Home-service appointment.")
_m("custom-design-verification", "html", "en-GB", "Design proof for your engraved chopping board - 642-1249903-7731840",
   "<p>Hi Beth,</p><p>Attached is the proof (proof_board_Harrison.pdf) for your engraved board, order 642-1249903-7731840. The text reads: <em>The Harrisons, est. 2019</em>.</p>"
   "<p>Could you check the spelling and layout and reply with an OK, or tell us what to change? We'll start engraving as soon as we hear back.</p><p>Thanks,<br>Tom at Grain & Burn</p>",
   "642-1249903-7731840", [], "Design proof attachment for approval.")
_m("fulfillment-question", "text", "en-US", "Gate code needed for order 642-6702418-2290537",
   "Hello Ms. Nguyen,\n\nThe carrier tried to deliver order 642-6702418-2290537 (tracking 1Z 999 AA1 01 2345 6784) yesterday but couldn't get past the gate at Sunset Ridge Apartments. "
   "Could you send us the gate code or delivery instructions? We'll add them to the redelivery request, reference RD-55813.\n\nThank you,\nCoastline Office Supply",
   "642-6702418-2290537", [], "Gate-code question with tracking and reference numbers.")
_m("reply", "text", "en-GB", "Re: Is this the right filter? Order 642-8845610-3318924",
   "Hi Gareth,\n\nYes, the 'Wasserfilter Kartusche Classic Plus' in your order 642-8845610-3318924 fits the jug you described. The German name is just how the manufacturer labels it across Europe; "
   "the instructions in the box include English.\n\nCheers,\nClearFlow Spares", "642-8845610-3318924", [],
   "Reply quoting a German product title inside English sentences.")
_m("reply", "text", "en-AU", "Re: Drill stopped working (642-2291074-6657301)",
   "Hi Priya,\n\nSorry to hear the cordless drill from order 642-2291074-6657301 has stopped charging. It's covered by a 3-year manufacturer's warranty, which Torvex handles directly.\n\n"
   "Torvex warranty hotline (manufacturer): 1800 867 302, Mon-Fri 8.30am-5pm AEST. They'll ask for the serial number on the battery.\n\nRegards,\nToolshed Direct",
   "642-2291074-6657301", [], "Manufacturer warranty hotline marked as such.")
_m("reply", "text", "en-GB", "Re: Can I collect instead? Order 642-4039887-5512463",
   "Dear Mr Campbell,\n\nUnfortunately we don't offer collection from our workshop, but your order 642-4039887-5512463 will be delivered by courier as planned.\n\nYours sincerely,\n\n"
   "Hamilton Garden Structures Ltd\nRegistered office: 12 Mill Lane, Perth PH1 5QR\nRegistered in Scotland No. SC654321 | VAT No. GB 987 6543 21\nOffice hours: Mon-Fri 9:00-17:00",
   "642-4039887-5512463", [], "Reply with a company-details footer.")
_m("reply", "text", "en-US", "Re: Refund status - order 642-7193352-4428890",
   "Hi Derek,\n\nYour return for order 642-7193352-4428890 (RMA #RT-2026-44718, UPS 1Z 4E8 F37 03 1183 2290) was scanned into our warehouse on December 3 at 10:42 AM. "
   "We refunded $64.99 on December 4; your card issuer usually posts it within 5-7 business days.\n\nBest regards,\nSummit Trail Gear",
   "642-7193352-4428890", [], "Reply with RMA and tracking numbers, dates, times and amounts.")

# ---- 31 violations ----
_m("fulfillment-question", "text", "en-GB", "Order 642-3658102-9917734 is on its way",
   "Hi Chloe,\n\nJust a quick note to say your jigsaw puzzles (order 642-3658102-9917734) were handed over to Royal Mail this afternoon.\n\nHappy puzzling,\nPiece by Piece",
   "642-3658102-9917734", ["BSM201"], "Shipment confirmation: handed to the carrier.")
_m("additional-information", "html", "en-US", "We've got your order 642-1804459-2263817",
   "<p>Hello Mr. Brooks,</p><p>This is to let you know we've received order 642-1804459-2263817 for the aquarium heater and our team is getting it ready for shipment.</p>"
   "<p>Regards,<br>Reef & Tank Supply</p>", "642-1804459-2263817", ["BSM201"], "Order received and being prepared.")
_m("reply", "text", "en-IE", "Thank you - 642-5127703-6640298",
   "Dear Niamh,\n\nA big thank you for choosing us for order 642-5127703-6640298. It really means a lot to a small family business.\n\nWarm regards,\nThe Burren Soap Company",
   "642-5127703-6640298", ["BSM202"], "Thanks only.")
_m("fulfillment-question", "text", "en-AU", "Order 642-9046675-1138509",
   "Hi there,\n\nShould anything come up with order 642-9046675-1138509, we're only a message away and happy to help.\n\nKind regards,\nOutback Auto Spares",
   "642-9046675-1138509", ["BSM202"], "Only 'here if anything comes up'.")
_m("delivery-delay", "text", "en-GB", "Slight delay on 642-2789014-5504162",
   "Dear Mr Shaw,\n\nThe replacement hinges on order 642-2789014-5504162 will leave us on 17 December rather than 11 December because our supplier is behind.\n\nApologies,\nCabinet Hardware Direct\n\n"
   "P.S. Stocking up for a kitchen refit? Everything in our range is 20% off until Sunday night.",
   "642-2789014-5504162", ["BSM203"], "Permitted delay with a 20% sale in the P.S.")
_m("review-request", "text", "en-US", "How's your new backpack? 642-6512380-7729451",
   "Hey Sam,\n\nIf you've had a chance to try the 30L hiking backpack from order 642-6512380-7729451, we'd love an honest review on Amazon.\n\n"
   "We're also launching a new line of ultralight tents in March. Follow us on Instagram and TikTok (@trailmarkgear) and sign up to our newsletter so you don't miss it.\n\nHappy trails,\nTrailmark Gear",
   "642-6512380-7729451", ["BSM203"], "Review request plus new collection, follow us and newsletter.")
_m("review-request", "html", "en-GB", "A little something for your feedback - 642-3370916-8852047",
   "<p>Hi Emma,</p><p>We hope you're enjoying the gin glasses from order 642-3370916-8852047. If you leave a review on Amazon, let us know once it's live "
   "and we'll pop a £10 gift card in the post as a small thank-you.</p><p>Cheers,<br>Juniper & Co Barware</p>",
   "642-3370916-8852047", ["BSM204"], "Gift card once the review is live.")
_m("review-request", "text", "en-US", "Your order 642-8254401-3396178",
   "Hi Tyler,\n\nWould you write a review of the LED strip lights (order 642-8254401-3396178)? As soon as your review is up, we'll refund your full purchase price, no strings attached.\n\nThanks,\nGlowBox Lighting",
   "642-8254401-3396178", ["BSM204"], "Full refund once the review is posted.")
_m("reply", "html", "en-GB", "Re: Broken handle - order 642-1467720-9903516",
   "<p>Dear Mrs Lloyd,</p><p>We're sorry the handle on your watering can (order 642-1467720-9903516) snapped. A replacement has been arranged at no cost.</p>"
   "<p>We noticed you left a one-star review. Now that we've sorted things out, would you consider amending your rating or taking the review down?</p><p>Kind regards,<br>Greenfinger Garden Tools</p>",
   "642-1467720-9903516", ["BSM205"], "Asks to amend or remove a one-star review.")
_m("review-request", "text", "en-AU", "Feedback for order 642-4917638-2208853",
   "Hi Megan,\n\nIf you're happy with your bamboo bed sheets (order 642-4917638-2208853), we'd really appreciate a review on Amazon. "
   "If something isn't right, please don't leave a review, just message us first and we'll make it right.\n\nThanks heaps,\nSleepwell Bamboo Co.",
   "642-4917638-2208853", ["BSM206"], "Review only if happy; unhappy buyers steered away.")
_m("review-request", "text", "en-US", "Quick favor? Order 642-7029345-5571620",
   "Hi Rachel,\n\nThank you for ordering the baby monitor (order 642-7029345-5571620). As a small US-based business, every 5-star rating helps us compete with the big brands, "
   "so if you could spare one on Amazon, we'd be very grateful.\n\nBest,\nNestWatch",
   "642-7029345-5571620", ["BSM206"], "Asks for a 5-star rating.")
_m("order-problem", "text", "en-GB", "Problem with order 642-2638817-4406295",
   "Dear Mr Evans,\n\nI'm afraid the vintage-style record player on order 642-2638817-4406295 has sold out in our other sales channel before we could dispatch yours. "
   "Your order amount has been adjusted and you will not be charged.\n\nThe easiest way to wrap this up is for you to cancel the order from your Amazon account.\n\nSincerely,\nGroove Street Audio",
   "642-2638817-4406295", ["BSM108"], "Advises buyer to cancel (adjustment mentioned).")
_m("order-problem", "text", "en-US", "Order 642-9710254-1186637 - stock issue",
   "Hi Ms. Carter,\n\nWe're so sorry, but the espresso machine on order 642-9710254-1186637 turned out to be out of stock after a warehouse count. "
   "Would you mind submitting a cancellation request through Amazon? That would help us close things out quickly.\n\nBest regards,\nBrewHaus Kitchen",
   "642-9710254-1186637", ["BSM107", "BSM108"], "Asks buyer to request cancellation, no adjustment confirmed.")
_m("delivery-delay", "html", "en-GB", "New dispatch date for order 642-5063389-7742018",
   "<p>Hi Owen,</p><p>Your bike helmet (order 642-5063389-7742018) will now leave us on 16 December because of a supplier delay.</p>"
   "<p>Sorry about that,<br>Cadence Cycles</p><p><small>Don't want messages like this? Reply UNSUBSCRIBE and we'll remove you from our list.</small></p>",
   "642-5063389-7742018", ["BSM305"], "Reply-UNSUBSCRIBE opt-out footer.")
_m("reply", "text", "en-AU", "Re: Where's my parcel?! 642-3385512-6619074",
   "Mate, I hear you. The bloody courier sat on your parcel (order 642-3385512-6619074) for four days, which is complete bullshit on their part. "
   "I've chased them and it's booked for delivery tomorrow.\n\nJake\nBarbie Kings BBQ Supplies", "642-3385512-6619074", ["BSM306"],
   "Profanity in a reply.")
_m("delivery-delay", "text", "en-GB", "Retard d'expédition - commande 642-8126047-3390551",
   "Bonjour Madame Collins,\n\nNous vous informons que l'expédition de votre lampe de bureau (commande 642-8126047-3390551) est repoussée au 18 décembre, "
   "notre fournisseur ayant pris du retard.\n\nCordialement,\nLumière & Laiton", "642-8126047-3390551", ["BSM104"],
   "Message in French to an en-GB buyer.")
_m("delivery-scheduling", "text", "en-GB", "Delivery of your piano stool - 642-6651930-2274408",
   "Hi Mrs Ahmed,\n\nWe'd like to book in delivery of the piano stool and music cabinet from order 642-6651930-2274408. Could you give our depot a ring on 01632 960 418 "
   "to pick a day that suits?\n\nThanks,\nHarmony Music Furniture", "642-6651930-2274408", ["BSM309"],
   "UK national phone number.")
_m("additional-information", "text", "en-US", "Need your engraving text - 642-1908843-5537126",
   "Hello Chris,\n\nFor the engraved whiskey decanter on order 642-1908843-5537126, we still need the initials you want. "
   "Text or WhatsApp them to +1 (415) 555-0198 and we'll get started.\n\nThanks,\nBarrel & Stave Gifts", "642-1908843-5537126", ["BSM309"],
   "US number in international format.")
_m("return-follow-up", "text", "en-GB", "Return for order 642-4472619-8860392",
   "Dear Mr Fraser,\n\nBefore we can complete the return on order 642-4472619-8860392, we need a photo of the damage to the lampshade. "
   "Please email it to returns@shadeandlight.co.uk.\n\nKind regards,\nShade & Light", "642-4472619-8860392", ["BSM308"],
   "Plain e-mail address.")
_m("reply", "text", "en-IE", "Re: Sizing chart - 642-7384052-1195563",
   "Hi Aoife,\n\nHappy to send over the full sizing chart for the wetsuit in order 642-7384052-1195563. Drop us a line at hello [at] atlanticwetsuits [dot] ie and I'll reply with the PDF.\n\nThanks,\nCiarán",
   "642-7384052-1195563", ["BSM308"], "Obfuscated e-mail with [at] and [dot].")
_m("reply", "html", "en-US", "Re: Assembly help for order 642-2516487-4429910",
   "<p>Hi Jordan,</p><p>For the standing desk on order 642-2516487-4429910, we have a step-by-step video on our "
   "<a href=\"https://www.liftdeskco.com/help/assembly-video-ld200\">LD200 assembly video page</a>.</p><p>Best,<br>LiftDesk Co.</p>",
   "642-2516487-4429910", ["BSM302"], "Descriptive https link to the seller's own site.")
_m("fulfillment-question", "html", "en-GB", "Delivery address check - 642-9155023-6608374",
   "<p>Dear Ms Wright,</p><p>The postcode on order 642-9155023-6608374 doesn't seem to match the street name. Could you check the address in "
   "<a href=\"http://www.amazon.co.uk/gp/css/order-history\">your Amazon order history</a> and let us know the correct postcode?</p><p>Thanks,<br>Pennine Pet Supplies</p>",
   "642-9155023-6608374", ["BSM301"], "http link to Amazon with descriptive text.")
_m("delivery-delay", "html", "en-AU", "Update on order 642-3847706-2251189",
   "<p>Hi Hannah,</p><p>Your Nordic pendant lamp (order 642-3847706-2251189) is held up at the port and will now ship on 21 December.</p>"
   "<p><img src=\"https://cdn.lumenhouse.com.au/products/nordic-pendant-lamp-white.jpg\" alt=\"Nordic pendant lamp in white\" width=\"320\"></p><p>Cheers,<br>Lumen House</p>",
   "642-3847706-2251189", ["BSM310"], "Photo of the purchased lamp.")
_m("review-request", "html", "en-US", "Enjoying your purchase? Order 642-6208834-9973315",
   "<p>Hi Linda,</p><p>If you have a moment, please share a review of the quilting fabric bundle from order 642-6208834-9973315 on Amazon.</p>"
   "<p><img src=\"https://images.patchworkbarn.com/stock/sunset-over-beach.jpg\" alt=\"Sunset over a beach\" width=\"300\"></p><p>Happy sewing,<br>Patchwork Barn</p>",
   "642-6208834-9973315", ["BSM311"], "Unrelated stock image of a beach.")
_m("delivery-scheduling", "html", "en-GB", "Arranging delivery of your wardrobe - 642-1592270-3384416",
   "<p><img src=\"https://cdn.hartwoodinteriors.co.uk/hartwood-logo.png\" width=\"150\"></p><p>Dear Mr Knight,</p>"
   "<p>We can deliver the double wardrobe from order 642-1592270-3384416 on Wednesday 16 December (8am-1pm) or Friday 18 December (12pm-5pm). Which do you prefer?</p>"
   "<p>Regards,<br>Hartwood Interiors</p>", "642-1592270-3384416", ["BSM402"], "Logo image with no alt attribute.")
_m("additional-information", "text", "en-GB", "Colour choice for order 642-7721459-1146603",
   "Hi Lucy,\n\nThe knitted tea cosy on order 642-7721459-1146603 comes in mustard or sage. Which would you like? Just reply and I'll get knitting :)\n\nJoanne\nCosy Corner Knits",
   "642-7721459-1146603", ["BSM403"], "Emoticon ':)'.")
_m("invoice", "html", "en-US", "Invoice for order 642-4026591-5518870",
   "<style>.t1{font-size:24px} .t2{font-size:18px} .t3{font-size:13px} .t4{font-size:10px}</style>"
   "<p class=\"t1\">Invoice</p><p class=\"t2\">Order 642-4026591-5518870</p><p class=\"t3\">Hi Mr. Grant, your invoice #2026/1187 for the router table ($219.00) is attached.</p>"
   "<p class=\"t4\">Woodline Tool Supply, Portland, OR</p>", "642-4026591-5518870", ["BSM410"], "Four font sizes in a style block.")
_m("home-service-appointment", "text", "en-US", "Installation appointment - 642-8867312-2207594",
   "Hi Mrs. Ramirez,\n\nWe're ready to schedule installation of your garbage disposal (order 642-8867312-2207594).\n\n\n"
   "Available: Thursday, December 17, 1-3 PM, or Saturday, December 19, 9-11 AM.\n\n\nLet us know which suits you.\n\nThanks,\nHomeFix Pros",
   "642-8867312-2207594", ["BSM412"], "Two blank lines in a row in plain text.")
_m("custom-design-verification", "html", "en-GB", "Your mug design - order 642-2374068-6651927",
   "<p>Hi Kirsty,</p><p>Here's the proof for your personalised mug (order 642-2374068-6651927), attached as mug_proof.png.<br><br><br><br>"
   "Please let us know if the name 'Granny Moira' and the heart motif look right.</p><p>Thanks,<br>Mugshot Studio</p>",
   "642-2374068-6651927", ["BSM412"], "Run of <br> tags in HTML.")
_m("review-request", "text", "en-GB", "[Important] Your review for order 642-5592081-4473306",
   "Dear Mr Barker,\n\nWe'd welcome your review of the fountain pen from order 642-5592081-4473306 on Amazon, whatever your experience.\n\nWith thanks,\nInkwell & Nib",
   "642-5592081-4473306", ["BSM110"], "[Important] on a review request.")
_m("reply", "html", "en-AU", "Re: Manual for my air fryer (642-3065147-8820951)",
   "<p>Hi Ben,</p><p>You'll find the manual for the air fryer from order 642-3065147-8820951 on its Amazon listing: "
   "<a href=\"https://www.amazon.com.au/dp/B0CXK81M2R\">https://www.amazon.com.au/dp/B0CXK81M2R</a></p><p>Cheers,<br>Kitchen Mate AU</p>",
   "642-3065147-8820951", ["BSM401"], "Bare URL as link text.")
# ---- 2 that vary ----
_m("delivery-delay", "html", "en-GB", "Dispatch update: order 642-6430982-1157748",
   "<p><a href=\"https://www.harbourandpine.co.uk\"><img src=\"https://www.harbourandpine.co.uk/img/harbour-and-pine-logo.png\" alt=\"Harbour & Pine logo\" width=\"160\"></a></p>"
   "<p>Dear Mrs Hall,</p><p>Your pine blanket box (order 642-6430982-1157748) needs a further coat of wax and will now be dispatched on 17 December.</p>"
   "<p>Kind regards,<br>Harbour & Pine</p>", "642-6430982-1157748", ["BSM302", "BSM304"], "Logo linked to the shop's website.")
_m("additional-information", "text", "en-US", "Question about your recent order",
   "Hi Mr. Palmer,\n\nFor your order 64207728193004615 (custom name sign), could you confirm whether you'd like the indoor or outdoor finish? "
   "The outdoor finish adds a UV-resistant coat at no extra cost.\n\nThanks,\nMaple Lane Signs", "642-0772819-3004615", ["BSM102"],
   "Order number written without hyphens (BSM102).")

MESSAGES = []
for _i, _r in enumerate(_R, 1):
    MESSAGES.append({"id": "v33-en-%03d" % _i, "language": "en", "locale": _r["locale"], "type": _r["type"],
                     "format": _r["format"], "subject": _r["subject"], "body": _r["body"],
                     "order_id": _r["order_id"], "expected": _r["expected"], "note": _r["note"]})
