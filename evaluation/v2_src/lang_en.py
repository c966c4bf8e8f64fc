"""Blind evaluation set v2, English (en-GB, a few en-US). Standard library only."""
from textwrap import dedent


def t(s):
    return dedent(s).strip("\n")


def m(n, locale, typ, fmt, subject, body, order_id, expected, note):
    return {
        "id": "v2-en-%03d" % n,
        "language": "en",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": t(body),
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ---------------------------------------------------------------- clean
    m(1, "en-GB", "delivery-delay", "text",
      "Your order 202-4471938-5520816 - revised dispatch date",
      """
      Dear Mrs Whitfield,

      I'm afraid the oak console table you ordered from us will leave our workshop later than the date shown on Amazon. The timber merchant delivered the last batch of boards with a split running through it, and we won't use wood we aren't happy with.

      We now expect to dispatch order 202-4471938-5520816 on Wednesday 16 December. If that date moves again, I'll let you know straight away.

      Apologies for the wait.

      Kind regards,
      Tom Ashby
      Workshop Manager, Hartley & Finch
      """,
      "202-4471938-5520816", [],
      "Plain-text delivery delay with a new dispatch date."),

    m(2, "en-US", "delivery-delay", "html",
      "Update on order 113-8062715-3349207",
      """
      <p>Hi Jessica,</p>
      <p>Quick heads-up about order <strong>113-8062715-3349207</strong>: the insulated camp mug set is taking longer than we expected to come in from our supplier.</p>
      <ul>
      <li>Original ship date: December 4, 2026</li>
      <li>New estimated ship date: December 11, 2026</li>
      </ul>
      <p>We're sorry for the delay and appreciate your patience.</p>
      <p>Best,<br>Kyle Brennan<br>Customer Care, Maple Ridge Supply Co.</p>
      <p><small>Maple Ridge Supply Co., 2140 NW Raleigh St, Portland, OR 97210</small></p>
      """,
      "113-8062715-3349207", [],
      "US builder HTML delivery delay with US date formats and an address footer."),

    m(3, "en-GB", "order-problem", "text",
      "[Important] Problem with your order 204-9915360-7718242",
      """
      Dear Mr Patel,

      We're very sorry, but we can't send the cast-iron casserole dish from order 204-9915360-7718242. Our last one failed inspection this morning with a chip in the enamel, and we have no further stock coming in.

      We have adjusted the full order amount of £89.00 in Seller Central, giving "out of stock" as the reason, so you will not be charged. Depending on your bank, the refund should show within 3-5 working days.

      With apologies,
      Grace Holloway
      Hartley & Finch
      """,
      "204-9915360-7718242", [],
      "Order problem confirming the amount adjustment; [Important] is allowed on this type."),

    m(4, "en-GB", "additional-information", "text",
      "Quick question about your print - order 206-3380425-1196673",
      """
      Hello Ms Okafor,

      Thanks for choosing one of our street-map prints (order 206-3380425-1196673). You've asked for the map to be centred on "Elm Grove, Brighton", but there are two Elm Groves in the city, one in Hanover and one near Preston Park.

      Which one would you like us to use? As soon as I hear back, the print goes on to the press.

      Best wishes,
      Harriet
      Brackenbury Print Studio
      """,
      "206-3380425-1196673", [],
      "Request for information needed to complete a personalised order."),

    m(5, "en-GB", "return-follow-up", "text",
      "About your return request - order 203-6624107-8853190",
      """
      Hi Callum,

      Sorry to hear the zip on your rucksack (order 203-6624107-8853190) has started to stick. From the photo it looks like the slider rather than the zip itself, which a bit of wax usually sorts out.

      Rather than sending the whole bag back, would a partial refund of £22.50 suit you? You'd keep the rucksack. If you'd still prefer a full return, just say and we'll carry on with that instead.

      Cheers,
      Rob Fairclough
      Pennine Outdoor
      """,
      "203-6624107-8853190", [],
      "Return follow-up offering a partial refund."),

    m(6, "en-GB", "return-follow-up", "text",
      "Return for order 205-1147796-3320584",
      """
      Good afternoon Mr Hughes,

      Your parcel with the returned teapot reached us today, thank you. Inside we found the teapot but not the infuser basket that comes with it.

      Could you let us know whether the basket is still with you or was sent separately? Once we know, we can finish processing the return on order 205-1147796-3320584.

      Kind regards,
      Alys Morgan
      The Tea Caddy Co.
      """,
      "205-1147796-3320584", [],
      "Return follow-up asking for information to complete the return."),

    m(7, "en-GB", "invoice", "text",
      "VAT invoice INV/2026/00731 for order 202-7730281-4465019",
      """
      Dear Ms Clarke,

      Please find attached the VAT invoice for order 202-7730281-4465019, made out to Clarke Interiors Ltd as requested.

      Invoice no.: INV/2026/00731
      Invoice date: 2 December 2026
      Net: £412.50
      VAT at 20%: £82.50
      Total: £495.00

      Kind regards,
      Accounts team
      Hartley & Finch Ltd
      Registered in England and Wales, company no. 09876543
      VAT reg. no. GB 284 5617 93
      """,
      "202-7730281-4465019", [],
      "Invoice with slashed invoice number, UK company and VAT numbers."),

    m(8, "en-GB", "review-request", "text",
      "How are you getting on with order 206-5592813-0071846?",
      """
      Hello,

      Your order 206-5592813-0071846 arrived with you last week. When you have a moment, would you consider leaving a product review and seller feedback on Amazon? It helps other customers decide, whatever your experience has been.

      Thanks,
      The Tea Caddy Co.
      """,
      "206-5592813-0071846", [],
      "Neutral plain-text review request."),

    m(9, "en-US", "review-request", "html",
      "Your thoughts on order 112-4406938-9918273",
      """
      <p><img src="https://cdn.mapleridgesupply.com/email/maple-ridge-supply-logo.png" alt="Maple Ridge Supply Co. logo" width="170" height="50"></p>
      <p>Hi Daniel,</p>
      <p>Your trekking poles from order 112-4406938-9918273 were delivered a few days ago. We'd love to hear how they're working out on the trail.</p>
      <p>If you have a minute, you can <a href="https://www.amazon.com/review/create-review?asin=B0D4HM8TQ2">write a review of the trekking poles on Amazon.com</a>.</p>
      <p>Thanks,<br>Kyle Brennan<br>Maple Ridge Supply Co.</p>
      """,
      "112-4406938-9918273", [],
      "HTML review request with shop logo (alt names the shop) and descriptive https Amazon link."),

    m(10, "en-GB", "delivery-scheduling", "text",
      "Booking your sofa delivery - order 203-8875021-6634927",
      """
      Dear Mr and Mrs Doyle,

      Your three-seater sofa (order 203-8875021-6634927) is delivered by our own two-person crew, so we need to book a slot with you.

      We're in the Nottingham area on these days:
      - Monday 14 December, 8am to 12 noon
      - Thursday 17 December, 12pm to 4pm
      - Saturday 19 December, 9am to 1pm

      Which suits you best? Please also let us know if there are any narrow stairs or tight turns we should plan for.

      Kind regards,
      Delivery planning
      Hartley & Finch
      """,
      "203-8875021-6634927", [],
      "Delivery scheduling for a bulky item with UK dates and time slots."),

    m(11, "en-US", "home-service-appointment", "html",
      "Scheduling your installation - order 114-2239670-5587341",
      """
      <p>Hello Ms. Ramirez,</p>
      <p>Thanks for booking wall-mount TV installation with order 114-2239670-5587341. Our technician has the following openings next week:</p>
      <ul>
      <li>Tuesday, December 15, 9:00 a.m. - 12:00 p.m.</li>
      <li>Wednesday, December 16, 1:00 p.m. - 4:00 p.m.</li>
      </ul>
      <p>Please reply with the window that works for you. The visit takes about 90 minutes, and it helps if the wall is cleared beforehand.</p>
      <p>Regards,<br>Marcus Lee<br>Scheduling, Lee Home Services LLC</p>
      """,
      "114-2239670-5587341", [],
      "US home-service appointment with a.m./p.m. time windows."),

    m(12, "en-GB", "custom-design-verification", "text",
      "Your design proof - order 205-3348816-9902375",
      """
      Hi Priya and Sam,

      Congratulations again! Attached is the proof for your wedding guest book (order 205-3348816-9902375).

      Before we print, please check:
      - Names: Priya Sharma & Samuel Hart
      - Date: Saturday 6 March 2027
      - Venue: Hazlewood Castle, Tadcaster

      If everything looks right, a quick "approved" is all we need. Happy to make changes if anything's off.

      Warm wishes,
      Harriet
      Brackenbury Print Studio
      """,
      "205-3348816-9902375", [],
      "Design proof verification with names, a date and a venue."),

    m(13, "en-GB", "fulfillment-question", "text",
      "Access to your building - order 204-5527139-0046618",
      """
      Dear Mr Novak,

      Order 204-5527139-0046618 is due to be delivered by our own van to Flat 7, Albion Court. Our driver's notes say the building has a locked entry gate.

      Could you send us the gate code through Amazon messages, or tell us which neighbour (flat number) may take the parcel in? Please quote our reference DLV-2026-12-0419 so we can match it to the run.

      Many thanks,
      Despatch team, Wrenfield Garden Supplies
      """,
      "204-5527139-0046618", [],
      "Door/gate code question with flat number and reference, no phone number."),

    m(14, "en-GB", "reply", "text",
      "Re: Whisk size - order 202-9914402-3378150",
      """
      Hi Fiona,

      Good question. The "Edelstahl-Schneebesen Profi 30 cm" from Küchenprofi is the 30 cm balloon whisk in the listing; the German name is simply how the maker labels it on the box. It's the larger of the two sizes and fits a standard mixing bowl well.

      Best regards,
      Ollie
      Hartley & Finch
      Order 202-9914402-3378150
      """,
      "202-9914402-3378150", [],
      "Reply quoting a German product title and brand inside English sentences."),

    m(15, "en-GB", "reply", "text",
      "Re: Kettle stopped working - 206-0073385-4412968",
      """
      Dear Mrs Kaur,

      I'm sorry your kettle has stopped switching on. It's still within the two-year manufacturer's guarantee, and Brambleworth handle repairs and replacements directly.

      Brambleworth manufacturer warranty helpline: 0800 048 7712 (Monday to Friday, 8am to 6pm). Have your order number 206-0073385-4412968 and the serial number from the base ready when you call.

      If they can't help, come back to us through Amazon and we'll sort it out.

      Kind regards,
      Alys Morgan
      The Tea Caddy Co.
      """,
      "206-0073385-4412968", [],
      "Reply giving the manufacturer's warranty helpline, marked as such (BSM309 exception)."),

    m(16, "en-GB", "reply", "html",
      "Re: Click and collect? - order 203-4468257-7729031",
      """
      <p>Dear Mr Barnes,</p>
      <p>We're afraid we can't offer collection for Amazon orders, so order 203-4468257-7729031 will come to your delivery address as normal.</p>
      <p>If there's anything else, just reply to this message.</p>
      <p>Kind regards,<br>Beth Lawson<br>Customer Services</p>
      <p><small>Wrenfield Garden Supplies Ltd &middot; Registered office: Unit 4, Millbrook Trading Estate, Southampton SO15 0LD &middot; Registered in England and Wales no. 11482903 &middot; VAT no. GB 331 7042 18</small></p>
      """,
      "203-4468257-7729031", [],
      "Reply with a UK company-details footer (company and VAT numbers)."),

    m(17, "en-GB", "reply", "text",
      "Re: Refund not received - order 205-8810364-2257749",
      """
      Hi Jordan,

      Your returned jacket was signed for at our warehouse in Kendal on Friday 4 December at 11:52 (Royal Mail tracking number KF 4417 5208 3GB, return reference RMA-58231).

      We processed your refund of £74.99 on Monday 7 December. Banks usually take 3 to 5 working days to show it, so it should be with you by Friday 11 December at the latest.

      All the best,
      Rob Fairclough
      Pennine Outdoor
      Order 205-8810364-2257749
      """,
      "205-8810364-2257749", [],
      "Reply with tracking and return numbers, dates, times and amounts."),

    # ----------------------------------------------------------- violations
    m(18, "en-GB", "fulfillment-question", "text",
      "Your parcel is on its way! (206-2239951-6608134)",
      """
      Hi Chloe,

      Just to let you know, your order 206-2239951-6608134 left our warehouse this afternoon and has been handed over to DPD. You should see it tomorrow between 10:00 and 14:00.

      Best,
      The Pennine Outdoor team
      """,
      "206-2239951-6608134", ["BSM201"],
      "Shipping confirmation: left the warehouse and was handed to the carrier."),

    m(19, "en-GB", "fulfillment-question", "html",
      "We're on it - order 202-6675038-1194420",
      """
      <p>Hello Mr Evans,</p>
      <p>Thanks, your order 202-6675038-1194420 has landed safely with us and the team are already getting it packed up for you.</p>
      <p>Kind regards,<br>Wrenfield Garden Supplies</p>
      """,
      "202-6675038-1194420", ["BSM201"],
      "Order confirmation paraphrased: received and being packed."),

    m(20, "en-GB", "fulfillment-question", "text",
      "Thank you! Order 204-1183027-9953306",
      """
      Dear Helen,

      A huge thank you for your order 204-1183027-9953306. It really means a lot to a small family business like ours.

      Warmest regards,
      Alys and everyone at The Tea Caddy Co.
      """,
      "204-1183027-9953306", ["BSM202"],
      "Thanks-only message."),

    m(21, "en-GB", "fulfillment-question", "text",
      "Order 203-0058811-4476523",
      """
      Hello,

      Should anything at all not be quite right with order 203-0058811-4476523, we're here and happy to help. Just drop us a message.

      Best wishes,
      Hartley & Finch
      """,
      "203-0058811-4476523", ["BSM202"],
      "Only an offer to help if something comes up."),

    m(22, "en-GB", "delivery-delay", "text",
      "Small delay on order 205-7742196-0036815",
      """
      Dear Mr Walsh,

      Your garden kneeler (order 205-7742196-0036815) will now be dispatched on Thursday 10 December rather than Monday, as our supplier delivered late. Sorry about that.

      Best regards,
      Wrenfield Garden Supplies

      P.S. Our winter sale is on now: 20% off everything in the shop until Sunday with code FROST20.
      """,
      "205-7742196-0036815", ["BSM203"],
      "Permitted delay with a P.S. promoting 20% off the whole range."),

    m(23, "en-GB", "reply", "text",
      "Re: Waterproof rating - order 202-3306615-8871094",
      """
      Hi Niamh,

      The jacket has a 20,000 mm hydrostatic head, so it's fine for proper downpours on the fells.

      By the way, our new spring collection lands next month. Follow us on Instagram and sign up to our newsletter to get first look!

      Cheers,
      Rob
      Pennine Outdoor
      """,
      "202-3306615-8871094", ["BSM203"],
      "Reply inviting to follow the shop, join the newsletter and see a new collection."),

    m(24, "en-GB", "review-request", "text",
      "A small favour - order 206-4418873-5520197",
      """
      Hello,

      We hope your new bedding set from order 206-4418873-5520197 is keeping you cosy. Would you be willing to write a review on Amazon?

      As a little thank-you, we'll pop a gift in the post for you once your review has gone live. Just message us when it's up.

      Kind regards,
      Hartley & Finch
      """,
      "206-4418873-5520197", ["BSM204"],
      "Small gift once the review is published."),

    m(25, "en-US", "review-request", "text",
      "Review your purchase - order 111-9926504-3318752",
      """
      Hi Brandon,

      Glad your headlamp (order 111-9926504-3318752) arrived safely. If you post a review on Amazon, we'll refund the full $34.99 as soon as it's live, and you keep the headlamp.

      Thanks,
      Maple Ridge Supply Co.
      """,
      "111-9926504-3318752", ["BSM204"],
      "Full refund once the review is online."),

    m(26, "en-GB", "reply", "text",
      "Re: Wobbly table leg - order 203-5517240-6608839",
      """
      Dear Mr Fletcher,

      Great to hear the replacement bracket fits and the table is now solid.

      Since that's sorted, would you mind updating your one-star review, or taking it down? As a small workshop, a single low rating makes a real difference to us.

      Kind regards,
      Tom Ashby
      Hartley & Finch
      """,
      "203-5517240-6608839", ["BSM205"],
      "Asks to update or remove a one-star review."),

    m(27, "en-GB", "review-request", "html",
      "Happy with your order? (204-6690317-2241856)",
      """
      <p>Hello,</p>
      <p>If you're pleased with your loose-leaf tea selection from order 204-6690317-2241856, we'd be delighted if you could say so in a review on Amazon.</p>
      <p>If something isn't right, please don't leave a review; get in touch with us first and we'll put it right.</p>
      <p>Kind regards,<br>The Tea Caddy Co.</p>
      """,
      "204-6690317-2241856", ["BSM206"],
      "Review only if happy; unhappy buyers steered away from reviewing."),

    m(28, "en-GB", "review-request", "text",
      "Could you spare a minute? Order 202-0047762-9935108",
      """
      Hello Mrs Quinn,

      Your order 202-0047762-9935108 was delivered last week. Reviews make a huge difference to a small shop like ours. Would you be kind enough to give us a five-star rating on Amazon?

      Many thanks,
      Brackenbury Print Studio
      """,
      "202-0047762-9935108", ["BSM206"],
      "Asks for a five-star rating."),

    m(29, "en-GB", "order-problem", "text",
      "Item unavailable - order 205-2204598-7763310",
      """
      Dear Ms Reid,

      Unfortunately the secateurs in order 205-2204598-7763310 have sold out and we can't send them. We have adjusted the order amount of £18.99 with the reason "out of stock".

      The fastest way to wrap this up is for you to cancel the order yourself from Your Orders, then it's all done.

      Kind regards,
      Wrenfield Garden Supplies
      """,
      "205-2204598-7763310", ["BSM108"],
      "Amount adjusted, but the buyer is advised to cancel themselves."),

    m(30, "en-GB", "order-problem", "text",
      "Regarding order 206-8857013-1129604",
      """
      Dear Mr Ahmed,

      I'm sorry to say we've run out of the wall clock you ordered (order 206-8857013-1129604); our stock count was out.

      We'd be really grateful if you could submit a cancellation request from your Amazon account. Sorry for the bother.

      Kind regards,
      Hartley & Finch
      """,
      "206-8857013-1129604", ["BSM107", "BSM108"],
      "Out of stock: asks for a cancellation request and never confirms an adjustment."),

    m(31, "en-GB", "delivery-delay", "text",
      "Revised dispatch for order 203-9981206-5546327",
      """
      Dear customer,

      Order 203-9981206-5546327 will be dispatched two working days later than planned, on Wednesday 9 December.

      Kind regards,
      Brackenbury Print Studio

      To stop receiving messages from us, reply UNSUBSCRIBE.
      """,
      "203-9981206-5546327", ["BSM305"],
      "Opt-out instruction: reply UNSUBSCRIBE."),

    m(32, "en-GB", "reply", "text",
      "Re: Still no parcel - order 204-3372815-0084461",
      """
      Hi Liam,

      I completely get it. The courier has made a total shitshow of this, the useless bastards have scanned your parcel to the wrong depot three times now. I've opened an investigation on order 204-3372815-0084461 and will update you by Friday.

      Rob
      Pennine Outdoor
      """,
      "204-3372815-0084461", ["BSM306"],
      "English profanity in a reply."),

    m(33, "en-GB", "delivery-delay", "text",
      "Retard de votre commande 202-5519934-6670218",
      """
      Bonjour,

      Nous sommes désolés de vous informer que votre commande 202-5519934-6670218 sera expédiée avec quelques jours de retard, le 14 décembre. Notre fournisseur a pris du retard sur cet article.

      Cordialement,
      The Tea Caddy Co.
      """,
      "202-5519934-6670218", ["BSM104"],
      "Message to an en-GB buyer written entirely in French."),

    m(34, "en-GB", "reply", "text",
      "Re: Assembly help - order 205-6604471-3391582",
      """
      Dear Mrs Lewis,

      It's tricky to explain the drawer runners in writing. Give us a ring on 0117 496 0734 (Mon-Fri, 9-5) and we'll talk you through it step by step.

      Kind regards,
      Tom Ashby
      Hartley & Finch
      Order 205-6604471-3391582
      """,
      "205-6604471-3391582", ["BSM309"],
      "Seller's own phone number in national UK format."),

    m(35, "en-GB", "reply", "html",
      "Re: Change of delivery address - 206-7715502-4438819",
      """
      <p>Hi Ewan,</p>
      <p>We can still change the address on order 206-7715502-4438819 as long as it hasn't been packed. Send the new address through Amazon, or text it to us on +44 7700 900461.</p>
      <p>Cheers,<br>Pennine Outdoor</p>
      """,
      "206-7715502-4438819", ["BSM309"],
      "Seller's mobile number in international format (+44)."),

    m(36, "en-GB", "reply", "text",
      "Re: Invoice in company name - order 203-1126684-7752093",
      """
      Dear Mr Grant,

      Of course we can reissue the invoice for order 203-1126684-7752093 in your company's name. Email your company details to accounts@hartleyandfinch.co.uk and we'll send it over today.

      Kind regards,
      Hartley & Finch Ltd
      """,
      "203-1126684-7752093", ["BSM308"],
      "Plain e-mail address in a reply."),

    m(37, "en-GB", "reply", "text",
      "Re: Broken mug - order 204-8849130-0027716",
      """
      Hi Sophie,

      So sorry the mug arrived in pieces. Could you send a couple of photos to hello at teacaddyco dot co dot uk? We'll get a replacement sorted for order 204-8849130-0027716 as soon as they come in.

      Best,
      Alys
      """,
      "204-8849130-0027716", ["BSM308"],
      "Obfuscated e-mail address written with 'at' and 'dot'."),

    m(38, "en-GB", "reply", "html",
      "Re: Caring for the bench - order 202-8873360-5514207",
      """
      <p>Dear Mr Cooper,</p>
      <p>Thanks for your question about order 202-8873360-5514207. Iroko doesn't need treating in its first year; after that, a coat of teak oil each spring keeps it looking good.</p>
      <p>You'll find more answers on <a href="https://www.wrenfieldgarden.co.uk/help/faq">the FAQ page of our website</a>.</p>
      <p>Kind regards,<br>Beth Lawson<br>Wrenfield Garden Supplies</p>
      """,
      "202-8873360-5514207", ["BSM302"],
      "Descriptive https link to the seller's own site, not needed for the order."),

    m(39, "en-GB", "reply", "html",
      "Re: Where is my return? 205-0091748-8863325",
      """
      <p>Dear Mrs Edwards,</p>
      <p>You can follow the progress of the return on order 205-0091748-8863325 in <a href="http://www.amazon.co.uk/gp/css/returns/homepage.html">the Amazon.co.uk Returns Centre</a>.</p>
      <p>Kind regards,<br>Hartley & Finch</p>
      """,
      "205-0091748-8863325", ["BSM301"],
      "Insecure http link to Amazon with descriptive text."),

    m(40, "en-GB", "delivery-delay", "html",
      "Your bench will arrive a little later (206-1154273-6690437)",
      """
      <p>Dear Mr Shah,</p>
      <p>The iroko garden bench from order 206-1154273-6690437 will be dispatched a week later than planned, on 18 December, as the oil finish needs longer to cure in this cold weather.</p>
      <p>Here's how it will look when it's ready:</p>
      <p><img src="https://cdn.wrenfieldgarden.co.uk/products/iroko-garden-bench-150cm.jpg" alt="Iroko garden bench, 150 cm" width="320"></p>
      <p>Kind regards,<br>Wrenfield Garden Supplies</p>
      """,
      "206-1154273-6690437", ["BSM310"],
      "Photo of the purchased product (file name and alt name it)."),

    m(41, "en-GB", "delivery-delay", "html",
      "Order 203-7728810-2215964 - new dispatch date",
      """
      <p>Hi Amelia,</p>
      <p>Your hat and scarf set (order 203-7728810-2215964) will go out on 12 December instead of 9 December. Sorry for the wait!</p>
      <p><img src="https://cdn.pennineoutdoor.co.uk/mail/stock-snowy-christmas-tree.jpg" alt="Snow-covered Christmas tree" width="400"></p>
      <p>Season's greetings,<br>Pennine Outdoor</p>
      """,
      "203-7728810-2215964", ["BSM311"],
      "Unrelated stock image of a Christmas tree."),

    m(42, "en-GB", "delivery-scheduling", "html",
      "Choosing a delivery slot - order 204-0063397-9981751",
      """
      <p><img src="https://cdn.hartleyandfinch.co.uk/email/hartley-finch-logo.png" width="180"></p>
      <p>Dear Mrs Turner,</p>
      <p>Your corner sofa (order 204-0063397-9981751) comes with our two-person team. Would Tuesday 22 December, 8am to 1pm, or Thursday 24 December, 12pm to 5pm, work for you?</p>
      <p>Kind regards,<br>Hartley & Finch</p>
      """,
      "204-0063397-9981751", ["BSM402"],
      "Shop logo with no alt attribute at all."),

    m(43, "en-GB", "reply", "text",
      "Re: Colour of the duvet cover (202-2257014-3306689)",
      """
      Hi Zara,

      The "sage" duvet cover is a soft green, not grey at all. I think you'll love it 😍 It also comes with two matching pillowcases, which are included in order 202-2257014-3306689.

      Best,
      Hartley & Finch
      """,
      "202-2257014-3306689", ["BSM403"],
      "Emoji in a reply."),

    m(44, "en-GB", "additional-information", "text",
      "Measurements needed - order 205-4436682-1170035",
      """
      Hi Ben,

      For the made-to-measure roller blinds in order 205-4436682-1170035 we still need the exact width of the window recess in millimetres. Could you send that over? Then we can get cutting :)

      Thanks,
      Brackenbury Print Studio
      """,
      "205-4436682-1170035", ["BSM403"],
      "Text emoticon :) in an otherwise permitted request."),

    m(45, "en-GB", "delivery-delay", "html",
      "Delay to order 206-9902215-4457360",
      """
      <style>
      h1 { font-size: 28px; }
      h3 { font-size: 18px; }
      p { font-size: 15px; }
      .footer { font-size: 10px; }
      </style>
      <h1>Your order is running a little late</h1>
      <h3>Order 206-9902215-4457360</h3>
      <p>The burr coffee grinder will now be dispatched on 11 December rather than 8 December, as the importer's shipment is delayed.</p>
      <p class="footer">The Tea Caddy Co., 9 Abbey Green, Bath BA1 1NW</p>
      """,
      "206-9902215-4457360", ["BSM410"],
      "Four explicit font sizes in a <style> block besides the default."),

    m(46, "en-GB", "additional-information", "html",
      "Engraving text for order 203-3315587-6628142",
      """
      <p>Dear Mrs Thompson,</p>
      <p>For the engraved hip flask in order 203-3315587-6628142 we still need the wording you'd like (up to 20 characters).</p>
      <br><br><br>
      <p>Once we have it, the flask goes straight to the engraver.</p><br><br><br><br>
      <p>Kind regards,<br>Brackenbury Print Studio</p>
      """,
      "203-3315587-6628142", ["BSM412"],
      "Runs of three and four <br> tags between paragraphs."),

    m(47, "en-GB", "invoice", "text",
      "[Important] Invoice for order 204-7780049-3312596",
      """
      Dear Mr Murphy,

      As requested, the invoice for order 204-7780049-3312596 (invoice no. PO-2026-1187) is attached as a PDF.

      Kind regards,
      Accounts, Pennine Outdoor Ltd
      """,
      "204-7780049-3312596", ["BSM110"],
      "[Important] tag on an invoice message."),

    m(48, "en-GB", "return-follow-up", "html",
      "Return reason needed - order 202-4412836-0059973",
      """
      <p>Dear Ms Young,</p>
      <p>To complete the return on order 202-4412836-0059973 we still need the reason for the return. You can add it in the Returns Centre: <a href="https://www.amazon.co.uk/gp/css/returns/homepage.html">click here</a>.</p>
      <p>Kind regards,<br>Hartley & Finch</p>
      """,
      "202-4412836-0059973", ["BSM401"],
      "Link text 'click here' does not say where the link goes."),

    # --------------------------------------------------------------- varied
    m(49, "en-GB", "delivery-delay", "html",
      "Update on order 205-5568801-7734219",
      """
      <p>Dear customer,</p>
      <p>Order 205-5568801-7734219 will now be dispatched on Monday 14 December because of a delay at our supplier. We're sorry for the inconvenience.</p>
      <p>Kind regards,<br>Pennine Outdoor</p>
      <img src="https://mail.pennineoutdoor.co.uk/o/open.gif?rid=88f3a1c2&amp;order=205-5568801-7734219" width="1" height="1" alt="">
      """,
      "205-5568801-7734219", ["BSM307", "BSM402"],
      "1x1 open-tracking pixel with empty alt (BSM307 and BSM402)."),

    m(50, "en-GB", "review-request", "html",
      "Tell us what you think - order 206-3304917-8821640",
      """
      <p><a href="https://www.hartleyandfinch.co.uk"><img src="https://cdn.hartleyandfinch.co.uk/email/hartley-finch-logo.png" alt="Hartley &amp; Finch" width="160"></a></p>
      <p>Dear Mr Bell,</p>
      <p>Your order 206-3304917-8821640 was delivered last week. Would you like to share your experience in a review on Amazon? Other buyers find honest reviews very helpful.</p>
      <p>Kind regards,<br>Hartley &amp; Finch</p>
      """,
      "206-3304917-8821640", ["BSM302", "BSM304"],
      "Shop logo linked to the seller's website (BSM304 and BSM302)."),
]
