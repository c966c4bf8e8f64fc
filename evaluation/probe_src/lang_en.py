from common import M, P, builder, outlook

L = [
# ---- BSM202
M("thanks", "fulfillment-question", "text", "Thank you! Order {O}", """
Hi Emma,

Just wanted to say a big thank you for your order from Hartley & Finch. We really hope you love your new linen apron.

Best wishes,
Olivia
Hartley & Finch""", ["BSM202"], "just wanted to say thanks + hope you love it"),
M("thanks", "additional-information", "text", "Your order {O}", """
Dear Mr Patel,

Thank you for shopping with Brightwell Electricals. Should you have any questions or concerns about your purchase, please do not hesitate to get in touch via Amazon messages. We are always happy to help.

Kind regards,
Customer Care Team
Brightwell Electricals""", ["BSM202"], "thanks + don't hesitate to contact us"),
M("thanks", "fulfillment-question", "html", "A quick note from Oak & Ember", builder(P(
 "Dear Sarah,",
 "Thank you so much for choosing Oak &amp; Ember for your order {O}. As a small family workshop in Yorkshire, every single order means the world to us.",
 "We hope the candles bring a little warmth to your home this winter.",
 "Warmest regards,<br>Tom and Hannah<br>Oak &amp; Ember"),
 "https://m.media-amazon.com/images/S/aplus-media-library-service-media/oak-and-ember-logo.png", "Oak &amp; Ember"), ["BSM202"], "builder HTML, logo, thanks + hope"),
M("thanks", "fulfillment-question", "text", "Order {O}", """
Thanks for your order - we appreciate it!

The Gadget Hub team""", ["BSM202"], "two-line thanks"),
M("thanks", "additional-information", "html", "Regarding your recent order {O}", outlook([
 "Dear Ms Thompson,",
 "We would like to take this opportunity to thank you for your recent purchase.",
 "We remain at your disposal should you require any assistance with order {O}.",
 "Yours sincerely,",
 "James Whitaker<br>Whitaker Office Supplies Ltd"]), ["BSM202"], "Outlook markup; 'at your disposal'"),
M("thanks", "fulfillment-question", "text", "We're here if you need us ({O})", """
Hello,

If anything about your order isn't quite right, or you just have a question about setting up your new baby monitor, simply reply to this message and one of our team will get back to you.

All the best,
Little Owl Nursery""", ["BSM202"], "only offers help, no thanks word", "en-US"),
M("thanks", "fulfillment-question", "html", "From all of us at Riverside Books - order {O}", P(
 "Dear David,",
 "On behalf of everyone here at Riverside Books, thank you for your order. It's customers like you who keep independent booksellers going, and we're genuinely grateful.",
 "We hope you enjoy every page of <em>The Salt Path</em>, and that it keeps you good company on these long evenings.",
 "If there is ever anything we can do for you, please just let us know &ndash; we are always glad to hear from our readers.",
 "With thanks and best wishes,<br>Margaret<br>Riverside Books"), ["BSM202"], "long HTML thanks + wishes + availability"),
M("thanks", "additional-information", "text", "Thanks again! Order {O}", """
Dear Customer,

Thank you for choosing our shop. We truly appreciate your business and hope your dog enjoys the new treats.

Have a wonderful week!

Kind regards,
PetPantry UK""", ["BSM202"], "thanks for choosing our shop + wishes (no marketing content)"),
# ---- lookalikes
M("lookalike", "delivery-delay", "text", "Update on your order {O}", """
Dear Mrs Collins,

Thank you for your order. I'm sorry to let you know that the Morphy Richards kettle in pearl white is taking longer to reach us from the manufacturer than expected.

We now expect to dispatch it on Wednesday 14 January rather than 7 January. You don't need to do anything; the order stays open and the delivery estimate in your account will update.

Apologies for the wait, and thank you for your patience.

Kind regards,
Sam
Brightwell Electricals""", [], "thanks + delay with new date"),
M("lookalike", "additional-information", "text", "Your engraving text for order {O}", """
Hi Jack,

Thanks so much for ordering the engraved pocket watch. Before we send it to our engraver, could you double-check the inscription for us?

We have: "To Dad, love always - J & L, 21.06.2025"

That's 38 characters, and the watch lid fits 32 at the size you chose. Would you like us to drop the date, or use a smaller font? Just reply to this message and we'll go from there.

Cheers,
Harriet
Engraved Keepsakes Co.""", [], "thanks + engraving question"),
M("lookalike", "invoice", "html", "Invoice for order {O}", P(
 "Dear Mr Okafor,",
 "Thank you for your business order. Please find attached VAT invoice INV/2026/00318 for order {O}.",
 "Our VAT registration number (GB 284 5718 36) and company number (09876543) are shown on the invoice.",
 "Kind regards,<br>Accounts<br>Whitaker Office Supplies Ltd"), [], "thanks + invoice; VAT and company numbers"),
M("lookalike", "delivery-scheduling", "text", "Arranging delivery of your sofa - {O}", """
Dear Ms Reid,

Thank you for choosing the Hampton three-seater sofa. Because it is a two-person delivery, we need to agree a day with you.

Our van is in your area on:
- Tuesday 13 January, 8am-12pm
- Thursday 15 January, 12pm-4pm

Could you let us know which suits you, and whether there are any narrow stairs or a lift we should know about?

Many thanks,
Comfort Living Deliveries""", [], "thanks + delivery slot to confirm"),
M("lookalike", "return-follow-up", "text", "Your return for order {O}", """
Hi Priya,

Thanks for letting us know the boots were too small. Your prepaid return label is ready in Your Orders; just print it and attach it to the box.

So we can process the exchange straight away, could you tell us which size you'd like instead: UK 6 or UK 6.5?

Thanks,
Fell & Field Outdoor""", [], "thanks + return label instruction + asks size"),
# ---- clean
M("clean", "reply", "text", "Re: Cancel order {O}", """
Dear Mr Hughes,

Your order {O} was cancelled at your request this morning, before it was packed. The full amount of £42.99 will be refunded by Amazon to your original payment method, usually within 3-5 working days.

Kind regards,
The Gadget Hub""", [], "cancellation at buyer's request, neutral"),
M("clean", "delivery-delay", "text", "Order {O}: new dispatch date", """
Hi Chloe,

The Brambly Hedge tea set you ordered is arriving at our warehouse a few days late, so it will now leave us on 9 January instead of 5 January.

There's no need to cancel or re-order: your order is reserved and will go out as soon as the stock lands.

Sorry for the delay,
Hartley & Finch""", [], "'no need to cancel' in a delay notice", "en-GB"),
M("clean", "review-request", "text", "How are you getting on with your air purifier? ({O})", """
Dear Ms Lewis,

You bought the Levoit Core 300 air purifier from us a couple of weeks ago (order {O}). If you have a moment, we'd be grateful if you could share your experience in a product review on Amazon. It helps other customers decide.

Kind regards,
Brightwell Electricals""", [], "single neutral review request"),
M("clean", "invoice", "text", "Invoice 2026/01/1187 - order {O}", """
Dear Accounts Team,

Please find attached our invoice for order {O}.

Invoice no.: 2026/01/1187
Invoice date: 06/01/2026
Net: £1,045.83
VAT (20%): £209.17
Total: £1,255.00
VAT reg. no.: GB 123 4567 89
Company no.: 08123456 (registered in England and Wales)

Kind regards,
Whitaker Office Supplies Ltd""", [], "invoice with number-like values that are not phones"),
M("clean", "reply", "html", "Re: Where is my parcel? ({O})", builder(P(
 "Hi Ben,",
 "Thanks for your message. I have checked with Royal Mail: your parcel for order {O} is at the Croydon delivery office, tracking number JD014600006281234567. They expect to deliver it on 08/01/2026 between 09:00 and 13:00.",
 "If it hasn't arrived by Friday, reply here and we'll send a replacement.",
 "Best,<br>Leo<br>The Gadget Hub"), "https://m.media-amazon.com/images/S/aplus-media-library-service-media/the-gadget-hub-logo.png", "The Gadget Hub"), [], "reply with tracking no., date, time range; logo alt = shop name", "en-GB"),
M("clean", "order-problem", "text", "Problem with your order {O}", """
Dear Mr Rivera,

I'm sorry to tell you that we can't ship the Weber grill cover (57 cm) from order {O}: the last unit failed our quality check and the manufacturer has discontinued it.

We have adjusted the order amount in full, so the $34.95 will be returned to your card within a few business days.

Sincerely,
Backyard Supply Co.""", [], "order problem, amount adjusted", "en-US"),
# ---- BSM201
M("201", "fulfillment-question", "text", "Good news about order {O}", """
Hi Sophie,

Your new throw has left our warehouse in Leeds this morning and is on its way to you with DPD.

Enjoy!
Hartley & Finch""", ["BSM201"], "'left our warehouse'"),
M("201", "additional-information", "text", "Order {O} update", """
Dear Mr Grant,

We have now handed your parcel to the courier. You should expect it within two working days.

Regards,
Fell & Field Outdoor""", ["BSM201"], "'handed to the courier'"),
M("201", "fulfillment-question", "html", "We've got your order! ({O})", P(
 "Hi Megan,",
 "Just a quick note to let you know your order {O} has come through to us and our team is already getting it ready.",
 "Speak soon,<br>Little Owl Nursery"), ["BSM201"], "order received/being prepared", "en-US"),
# ---- BSM204
M("204", "review-request", "text", "Share your thoughts on order {O}", """
Dear Ms Carter,

We'd love to hear what you think of the bamboo bedding set. Customers who leave a review on Amazon are entitled to a complimentary pillowcase pair with their next purchase - just drop us a message once yours is live.

Kind regards,
Slumber & Co""", ["BSM204"], "complimentary item for review"),
M("204", "review-request", "text", "Your feedback on order {O}", """
Hi Alex,

Would you mind leaving a short review of the phone case on Amazon? Once you've posted it, send us a screenshot and we'll refund your postage as a thank-you.

Cheers,
The Gadget Hub""", ["BSM204"], "postage refund once posted"),
M("204", "review-request", "html", "A little thank-you for your review ({O})", P(
 "Dear Mrs Ahmed,",
 "If you could spare a minute to review the spice rack on Amazon, we'd like to show our appreciation with a £5 gift card.",
 "Best wishes,<br>Kitchen Nook"), ["BSM204"], "gift card for review"),
# ---- BSM205
M("205", "reply", "text", "Re: your review - order {O}", """
Dear Mr Evans,

I'm glad the replacement charger arrived and works as it should. Now that the problem is sorted, would you consider updating your one-star review to reflect that?

Kind regards,
Brightwell Electricals""", ["BSM205"], "update one-star review"),
M("205", "reply", "text", "Re: seller feedback for {O}", """
Hi Jess,

Thank you for giving us the chance to put things right. As the late delivery was down to the courier rather than us, would you be willing to take down the negative feedback you left?

Many thanks,
PetPantry UK""", ["BSM205"], "take down negative feedback"),
M("205", "reply", "html", "Re: Missing screws ({O})", P(
 "Dear Ms Young,",
 "The missing screws went out to you first class today, separately from order {O}.",
 "Once the desk is assembled, we'd be very grateful if you could revisit your review on Amazon so it reflects the outcome.",
 "Regards,<br>Flatpack Direct"), ["BSM205"], "'revisit your review'"),
# ---- BSM206
M("206", "review-request", "text", "Happy with your order {O}?", """
Dear Mr Shaw,

If you're happy with your new walking poles, we'd really appreciate a review on Amazon. If anything isn't right, please message us first instead so we can fix it.

Best regards,
Fell & Field Outdoor""", ["BSM206"], "happy -> review; unhappy -> message us"),
M("206", "review-request", "text", "Quick favour? (order {O})", """
Hi Grace,

As a small business, a 5-star rating on Amazon makes a huge difference to us. Would you take a moment to rate the crochet kit?

Thanks,
Hook & Yarn""", ["BSM206"], "asks for 5-star rating"),
M("206", "review-request", "html", "Loving your new lamp? ({O})", P(
 "Dear Daniel,",
 "Loving your new desk lamp? Tell the world with a review on Amazon! Not quite loving it? Just reply here and we'll sort it out, no review needed.",
 "Best,<br>Brightwell Electricals"), ["BSM206"], "steers unhappy buyers away", "en-US"),
# ---- BSM108
M("108", "delivery-delay", "text", "About your order {O}", """
Dear Ms Wood,

Unfortunately the Sage espresso machine you ordered has sold out and our supplier can't give us a restock date.

The quickest way to get your money back is to cancel the order yourself under Your Orders on Amazon.

Sincerely,
Kitchen Nook""", ["BSM108"], "quickest way is to cancel yourself"),
M("108", "fulfillment-question", "text", "Order {O} - stock issue", """
Hi Ryan,

We've run out of the size 10 trainers and won't get more this season. We would be grateful if you could submit a cancellation request for order {O} through your account.

Apologies,
Stride Sports""", ["BSM108"], "grateful if you submit a cancellation request", "en-US"),
M("108", "delivery-delay", "html", "Your order {O}", P(
 "Dear Mr Bell,",
 "We're afraid the cordless drill is out of stock for the foreseeable future. Rather than waiting, you may wish to cancel through Amazon &ndash; it only takes a minute and you'll be refunded straight away.",
 "Regards,<br>ToolBox Direct"), ["BSM108"], "suggests cancelling rather than waiting (no stock)"),
# ---- BSM203
M("203", "delivery-delay", "text", "Order {O}: slight delay", """
Dear Mrs Morgan,

Your personalised tote bag will be dispatched on 12 January instead of 8 January because our printer is catching up after the holidays. We're sorry for the wait.

Kind regards,
Print Parlour

P.S. Use code WINTER15 for 15% off your next order with us.""", ["BSM203"], "P.S. discount code"),
M("203", "invoice", "text", "Your invoice for order {O}", """
Dear Mr Clarke,

Please find your invoice (INV/2026/00412) attached.

Don't miss out on exclusive offers - follow us on Instagram and Facebook, and sign up for our monthly newsletter.

Kind regards,
Kitchen Nook""", ["BSM203"], "follow us / newsletter"),
M("203", "review-request", "html", "How was your order {O}?", P(
 "Hi Lucy,",
 "We'd appreciate it if you could leave a product review on Amazon for the ceramic planters.",
 "PS &ndash; our brand new spring range of hanging planters has just launched, and it's 25% off all this week!",
 "Best,<br>Green Corner Home"), ["BSM203"], "new range + sale in PS"),
]
