# English (UK) messages, v30 blind set
_L = []
def m(t, f, s, b, o, e, n):
    _L.append(dict(type=t, format=f, subject=s, body=b, order_id=o, expected=sorted(e), note=n))

m("delivery-delay","text","Order 612-3308417-9920154 - running a bit behind",
"Hi Claire,\n\nJust a heads-up that your walnut chopping board is taking longer than planned in the workshop - the oil finish needs another couple of days to cure. We now expect it to go out on Friday 18 December.\n\nSorry for the wait,\nTom\nOakbench Woodcraft, Shropshire","612-3308417-9920154",[],"Clean plain-text delay.")
m("delivery-delay","html","Revised dispatch date for 612-7751023-4486609",
"<p>Dear Mr Okafor,</p><p>Our supplier has let us know that the replacement filter cartridges for order 612-7751023-4486609 will reach us later than expected. Revised dispatch date: <b>Tuesday 22 December 2026</b>.</p><p>Apologies for any inconvenience.</p><p>Kind regards,<br>Priya Shah<br>Customer Care, PureFlow Water Ltd</p>","612-7751023-4486609",[],"Clean HTML delay.")
m("order-problem","text","[Important] Item unavailable - order 612-0096624-1837745",
"Dear Mrs Hughes,\n\nI'm afraid the brass door knocker on your order 612-0096624-1837745 can no longer be supplied; the last one failed our quality check. We have adjusted your order total and the £32.50 will be refunded through Amazon (reason: out of stock).\n\nThe hinges on the same order are unaffected and will be sent as normal.\n\nYours sincerely,\nGareth Lloyd\nLloyd Ironmongery","612-0096624-1837745",[],"Clean order problem with [Important] and adjusted amount.")
m("additional-information","text","Quick question about your monogram - 612-4419380-6653012",
"Hello Daniel,\n\nBefore we stitch the towels, could you confirm the initials you'd like (up to three letters) and whether you want navy or grey thread?\n\nThanks,\nBeth at Stitch & Thread Co.","612-4419380-6653012",[],"Clean information request.")
m("return-follow-up","text","Your return request - 612-5527713-0198846",
"Dear Ms Patel,\n\nThank you for letting us know about the scuff on the side of the lamp base. If you'd prefer to keep it, we can offer a partial refund of £12.00. Otherwise we'll send a returns label as usual - just let us know which you prefer.\n\nBest regards,\nMark Fenwick\nLumen Home","612-5527713-0198846",[],"Clean return follow-up with partial refund offer.")
m("return-follow-up","text","Return on 612-8862207-3370519",
"Hi Ollie,\n\nWe've seen your return request for the running jacket. To get the right label set up, can you tell us whether it's unworn with tags still on, and which size you'd like instead (if any)?\n\nCheers,\nStride Outdoors","612-8862207-3370519",[],"Clean return follow-up asking for details.")
m("invoice","html","VAT invoice for order 612-1144590-7702236",
"<p>Dear Customer,</p><p>Please find attached VAT invoice <b>INV/2026/12/0381</b> for order 612-1144590-7702236.</p><p>Kind regards,<br>Accounts Team</p><p><small>Harbour Office Supplies Ltd, Unit 4 Quayside Park, Bristol BS1 6XN. Registered in England and Wales, company no. 09876543. VAT reg. no. GB 123 4567 89.</small></p>","612-1144590-7702236",[],"Clean invoice with VAT and company numbers.")
m("review-request","text","How are you getting on with the kettle? (612-2290831-5564417)",
"Hi Rachel,\n\nYour stovetop kettle should have been with you for a week or so now. If you have a moment, we'd welcome a review on Amazon - good, bad or in between, it helps other shoppers decide.\n\nAll the best,\nHearth & Home Kitchenware","612-2290831-5564417",[],"Clean neutral text review request.")
m("review-request","html","Share your thoughts on order 612-6603374-8812950",
"<p><img src=\"https://assets.fenlandteas.co.uk/brand/fenland-teas-logo.png\" alt=\"Fenland Teas logo\" width=\"180\"></p><p>Dear Mr Carter,</p><p>We hope you are enjoying the loose-leaf selection. If you would like to, you can leave a review on <a href=\"https://www.amazon.co.uk/review/create-review?asin=B0FENTEA01\">the Fenland Teas product page on Amazon</a>.</p><p>Warm regards,<br>Fenland Teas</p>","612-6603374-8812950",[],"Clean HTML review request with logo and descriptive Amazon link.")
m("delivery-scheduling","text","Booking your sofa delivery - 612-9930012-4471863",
"Dear Ms Wilson,\n\nYour three-seater sofa is ready to leave our depot. As it's a two-person delivery we need to book a slot. Available options:\n\nWed 16/12, 7am-12pm\nThu 17/12, 12pm-6pm\n\nPlease reply with the slot that suits you and let us know if there are any narrow stairs.\n\nKind regards,\nDelivery Planning, Comfort Sofas Direct","612-9930012-4471863",[],"Clean delivery scheduling with slots.")
m("home-service-appointment","text","Your installation appointment - 612-3385504-2209187",
"Hello Mr Grant,\n\nOur engineer can fit your electric shower on Monday 21 December between 8:00 and 10:00, or Wednesday 23 December between 13:00 and 15:00. Which works better for you?\n\nThanks,\nSpa Bathrooms Installations","612-3385504-2209187",[],"Clean home-service appointment.")
m("custom-design-verification","text","Proof of your personalised print - 612-7716648-0053392",
"Hi Sophie and James,\n\nAttached is the proof of your first-dance lyrics print (A3, ivory card). Could you check the spelling of the song title and the date 14.08.2026? Once you're happy we'll send it to print.\n\nLove,\nHattie, Little Paper Fox","612-7716648-0053392",[],"Clean design proof.")
m("fulfillment-question","text","Access code needed for delivery - 612-5560921-8817724",
"Dear Mr Kowalski,\n\nThe courier was unable to get into your building yesterday (consignment ref. DPD 15501234567890, our case ref. CS-20461). Is there a door entry code or a concierge we can give them?\n\nRegards,\nCustomer Service\nTechHaven UK","612-5560921-8817724",[],"Clean door-code question with references.")
m("reply","text","Re: question about 612-1827743-3396508",
"Hi Lena,\n\nYes, the 'Kaffeemühle Classic Handkurbel' (that's the German maker's own name for it) grinds fine enough for espresso - turn the dial to the first three clicks.\n\nBest,\nDan, Bean There Coffee","612-1827743-3396508",[],"Clean reply quoting a German product title.")
m("reply","text","Re: blender stopped working - 612-4404186-6620931",
"Dear Mr Evans,\n\nSorry to hear the blender has stopped. It's still under the two-year manufacturer's warranty, so the quickest route is the manufacturer's warranty helpline on 0800 123 4567 (Mon-Fri, 9am-5pm). They'll arrange a collection.\n\nKind regards,\nKitchen Central","612-4404186-6620931",[],"Clean reply giving the manufacturer's warranty line.")
m("reply","text","Re: gift wrapping on 612-0039956-1145870",
"Dear Mrs Thompson,\n\nYes, we can gift-wrap the scarf and leave out the price slip. It will go out as planned.\n\nKind regards,\n\nEleanor Price\nCustomer Services Manager\n\nPrice & Daughters Ltd | 27 High Street, Harrogate HG1 1DP | Company No. 07123456 | VAT No. GB 987 6543 21","612-0039956-1145870",[],"Clean reply with company footer.")
m("reply","text","Re: refund for 612-6678829-4402215",
"Hi Aidan,\n\nYour parcel came back to us on 8 December at 11:40 (returns no. RTN-77231, tracking JD014600003828941002). We processed the £64.99 refund today, so it should show within 3-5 working days.\n\nThanks,\nKai - Gamer Supply UK","612-6678829-4402215",[],"Clean reply with tracking, return numbers, dates and amounts.")
# violations
m("fulfillment-question","text","Good news on 612-2215540-9973308",
"Hi Megan,\n\nYour order has been handed over to Royal Mail this morning and should land with you tomorrow.\n\nCheers,\nThe Craft Cupboard","612-2215540-9973308",["BSM201"],"Shipment confirmation: handed to carrier.")
m("fulfillment-question","text","We've got your order - 612-8804431-6650297",
"Dear customer, thank you for your order, which we have received and are now getting ready for you. Regards, Greenfield Garden Supplies","612-8804431-6650297",["BSM201"],"Order confirmation: received and being prepared.")
m("reply","text","Thank you! 612-3371195-2286604",
"Hi Jess,\n\nJust wanted to say a massive thank you for shopping with us - it means the world to a small business like ours!\n\nLots of love,\nPoppy's Candles","612-3371195-2286604",["BSM202"],"Thanks only.")
m("fulfillment-question","text","Order 612-9947708-1120053",
"Dear Mr Barnes,\n\nShould anything come up with your order, please don't hesitate to get in touch - we're always happy to help.\n\nKind regards,\nToolbox Direct","612-9947708-1120053",["BSM202"],"Only an offer to help if needed.")
m("delivery-delay","text","Small delay - 612-5529013-7736641",
"Hi Sam,\n\nYour yoga blocks will now be sent on Friday 18 December, as our delivery from the factory was a few days late.\n\nThanks for bearing with us,\nZen Studio Supplies\n\nP.S. Use code WINTER20 for 20% off everything in our shop this week.","612-5529013-7736641",["BSM203"],"Delay with a 20% off P.S.")
m("additional-information","text","Checking your address - 612-0082276-4419980",
"Dear Ms Reid,\n\nCould you confirm whether your delivery address is Flat 3 or Flat 3A? The courier needs it for the pallet.\n\nWhile you're here, why not follow us on Instagram and sign up to our newsletter to be first to see our new spring collection?\n\nBest wishes,\nTileworks Northern","612-0082276-4419980",["BSM203"],"Follow us / newsletter / new collection.")
m("review-request","text","A little something from us - 612-7763350-5508812",
"Hi Amy,\n\nWe hope you love the baking tins. Once your review is up on Amazon, we'll pop a little thank-you gift in the post for you.\n\nWarmly,\nBake Box Co.","612-7763350-5508812",["BSM204"],"Gift once the review is published.")
m("review-request","text","Money back for your review - 612-4418862-3390471",
"Dear Customer,\n\nLeave a review of the headphones and send us a screenshot when it's live, and we'll refund your purchase in full.\n\nRegards,\nSoundWave Audio","612-4418862-3390471",["BSM204"],"Full refund once the review is online.")
m("reply","text","Re: faulty charger 612-1160394-8827735",
"Dear Mr Shaw,\n\nThe replacement charger is on its way. Now that it's sorted, would you mind updating or removing the one-star review you left?\n\nKind regards,\nVolt Accessories","612-1160394-8827735",["BSM205"],"Asks to update or remove a one-star review.")
m("review-request","text","Happy with your bike bell? 612-6692215-0041183",
"Hi Chris,\n\nIf you're pleased with your new bike bell, we'd love a review on Amazon. If it's not quite right, please get in touch with us first rather than leaving a review.\n\nThanks,\nCycle Parts Hub","612-6692215-0041183",["BSM206"],"Only satisfied buyers, unhappy steered away.")
m("review-request","text","Could you spare five stars? 612-2247789-5563320",
"Hello Fiona,\n\nIt would make our day if you could give us a five-star rating for the dried flower bouquet - it really helps a little shop like ours.\n\nWith thanks,\nWildflower & Twine","612-2247789-5563320",["BSM206"],"Asks for five stars.")
m("order-problem","text","[Important] Update on order 612-8831146-2267094",
"Dear Mr Morgan,\n\nOne of the two garden chairs you ordered is no longer available, and we have adjusted your order total by £59.00 (reason: out of stock). We don't know when the second chair will be back in stock, so the quickest way to sort this is for you to cancel that part of the order yourself through Amazon.\n\nKind regards,\nPatio Living","612-8831146-2267094",["BSM108"],"Amount adjusted but advises the buyer to cancel.")
m("order-problem","text","Problem with 612-3305528-7718846",
"Hi Gemma,\n\nUnfortunately the blanket box has sold out and the maker has discontinued it. We'd be grateful if you could submit a cancellation request on your side so it can be closed quickly.\n\nSorry about this,\nChest & Trunk","612-3305528-7718846",["BSM107","BSM108"],"Asks for a cancellation request without adjustment.")
m("delivery-delay","text","New dispatch date for 612-7709934-1156602",
"Dear Customer,\n\nYour parasol base will now be dispatched on Wednesday 23 December.\n\nKind regards,\nShade Solutions\n\nTo stop receiving these messages, click unsubscribe or reply STOP.","612-7709934-1156602",["BSM305"],"Opt-out instruction.")
m("reply","text","Re: Re: 612-5518820-9934467",
"Mr Holt,\n\nYou ordered the wrong size. That's not our problem. I'm sick of this shit - read the bloody size chart next time.\n\nWorkwear Plus","612-5518820-9934467",["BSM306"],"English profanity.")
m("delivery-delay","text","Vertraging bestelling 612-1193375-6680423",
"Beste klant,\n\nUw plantenbak wordt op 21 december verzonden in plaats van deze week. Excuses voor het wachten.\n\nMet vriendelijke groet,\nGreenhouse Planters","612-1193375-6680423",["BSM104"],"Dutch message to an English buyer.")
m("additional-information","text","Delivery address - 612-4462201-3378819",
"Dear Mrs Lambert,\n\nThe postcode on your order doesn't match the street. Could you give us a ring on 01632 960 123 so we can update it?\n\nKind regards,\nDreamSleep Mattresses","612-4462201-3378819",["BSM309"],"UK national phone number.")
m("reply","text","Re: paint colour 612-9950078-2203146",
"Hi Josh,\n\nWe still have 'Sage Green' in stock. For colour swatches just call us on +44 7700 900 456.\n\nCheers,\nCanal Paint Co.","612-9950078-2203146",["BSM309"],"International phone number.")
m("reply","text","Re: sizing 612-0017734-8856102",
"Hi Zara,\n\nFeel free to send a photo of your foot to help@shoehousebath.co.uk and we'll take a look.\n\nBest,\nShoe House Bath","612-0017734-8856102",["BSM308"],"Plain e-mail address.")
m("reply","text","Re: quote 612-6645589-0029318",
"Dear Mr Dixon,\n\nFor a bespoke quote, email sales at dixonsteel dot co dot uk and we'll reply within a day.\n\nRegards,\nDixon Steelworks","612-6645589-0029318",["BSM308"],"Obfuscated e-mail address (at/dot).")
m("reply","html","Re: assembly 612-2278810-4465537",
"<p>Hi Ben,</p><p>You'll find the assembly video for your wardrobe on <a href=\"https://www.wardrobeworks.co.uk/assembly/oslo\">the Wardrobe Works assembly guide page</a>.</p><p>Thanks,<br>Wardrobe Works</p>","612-2278810-4465537",["BSM302"],"Https link to the seller's site.")
m("reply","html","Re: manual 612-8896615-1170984",
"<p>Dear Ms Morris,</p><p>The instructions are on <a href=\"http://www.amazon.co.uk/dp/B0MANUAL12\">the product page on Amazon</a>.</p><p>Kind regards,<br>Kitchen Helpers</p>","612-8896615-1170984",["BSM301"],"Http link to Amazon.")
m("delivery-delay","html","Dispatch update 612-3340067-5529901",
"<p>Hi Wendy,</p><p>Your lamp will go out a few days later, on 19 December.</p><p><img src=\"https://img.lightandco.co.uk/products/rattan-pendant-60cm.jpg\" alt=\"Rattan pendant light 60 cm\" width=\"300\"></p><p>Best,<br>Light &amp; Co</p>","612-3340067-5529901",["BSM310"],"Photo of the purchased product.")
m("delivery-delay","html","Christmas delay 612-6611823-7790045",
"<p>Dear Customer,</p><p>Due to the holidays, your order will be dispatched on 28 December.</p><p><img src=\"https://img.stockphotos-example.com/beach-sunset.jpg\" alt=\"Sunset over a tropical beach\" width=\"300\"></p><p>Season's greetings,<br>Gift Corner Leeds</p>","612-6611823-7790045",["BSM311"],"Unrelated stock image.")
m("additional-information","html","Question on 612-0054492-3381176",
"<p><img src=\"https://cdn.printworksleeds.co.uk/printworks-leeds-logo.png\" width=\"150\" alt=\"\"></p><p>Dear Mr Brown,</p><p>Which business card size would you like: 85 x 55 mm or 90 x 50 mm?</p><p>Kind regards,<br>Printworks Leeds</p>","612-0054492-3381176",["BSM402"],"Logo with empty alt.")
m("reply","text","Re: gift wrap 612-9908837-4452610",
"Hi Mia,\n\nOf course, we'll gift-wrap it and add a little card 🎄\n\nBest,\nToy Tree","612-9908837-4452610",["BSM403"],"Emoji.")
m("reply","text","Re: delivery time 612-2281106-6639207",
"Hey Jack,\n\nIt's packed up ready for tomorrow, no worries :D\n\nSkate Shack","612-2281106-6639207",["BSM403"],"Emoticon :D.")
m("delivery-delay","html","New date 612-7739958-0014562",
"<style>h1{font-size:24px} h2{font-size:18px} p{font-size:13px} .footer{font-size:10px}</style><h1>Green Thumb Garden Centre</h1><h2>Your order 612-7739958-0014562</h2><p>The planters will be dispatched on 22 December.</p><p class=\"footer\">Green Thumb Ltd</p>","612-7739958-0014562",["BSM410"],"Four font sizes in a style block.")
m("delivery-delay","html","Delay 612-1176643-8820395",
"<p>Dear Customer,</p><p>Your tablecloth will be dispatched on Monday 21 December.</p><br><br><br><p>Kind regards,<br>Linen Loft</p>","612-1176643-8820395",["BSM412"],"Run of three br tags.")
m("return-follow-up","text","[IMPORTANT] Your return 612-5573309-2248817",
"Dear Mr Webb,\n\nCould you let us know whether the drill is being returned with its battery and charger? We need that to process the return.\n\nKind regards,\nPowerTools Yard","612-5573309-2248817",["BSM110"],"[Important] on a return follow-up.")
m("reply","html","Re: size chart 612-4430017-6697728",
"<p>Hi Nora,</p><p>The size chart is here: <a href=\"https://www.amazon.co.uk/dp/B0SIZE1234\">https://www.amazon.co.uk/dp/B0SIZE1234</a></p><p>Thanks,<br>Little Sprouts Clothing</p>","612-4430017-6697728",["BSM401"],"Bare URL as link text.")
m("review-request","html","Tell us what you think - 612-8864401-2217753",
"<p><img src=\"https://assets.cornishsoap.co.uk/cornish-soap-logo.png\" alt=\"Cornish Soap Co. logo\" width=\"160\"></p><p>Hello,</p><p>You can share your thoughts on your soaps on <a href=\"https://www.amazon.co.uk/review/create-review?asin=B0SOAP0001\">the review page on Amazon</a>.</p><p>Cornish Soap Co.</p><img src=\"https://t.mailtrack-example.com/open.png?uid=88213\" width=\"1\" height=\"1\" alt=\"\">","612-8864401-2217753",["BSM307","BSM402"],"Tracking pixel with empty alt.")
m("delivery-delay","html","Delay on 612-3392258-6641170",
"<p><a href=\"https://www.bramblepottery.co.uk\"><img src=\"https://www.bramblepottery.co.uk/img/bramble-pottery-logo.png\" alt=\"Bramble Pottery logo\" width=\"160\"></a></p><p>Dear Mrs Ellis,</p><p>Your mugs will be fired again and dispatched on 22 December.</p><p>Kind regards,<br>Bramble Pottery</p>","612-3392258-6641170",["BSM302","BSM304"],"Logo linked to the shop's site.")

MESSAGES = []
for i, r in enumerate(_L, 1):
    d = {"id": "v30-en-%03d" % i, "language": "en", "locale": "en-GB"}
    d.update(r)
    MESSAGES.append({k: d[k] for k in ("id","language","locale","type","format","subject","body","order_id","expected","note")})
