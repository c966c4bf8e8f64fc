from common import M
L = "en"
# ---- clean (12)
M(L, "delivery-delay", "html", "Update on your order {o}", """<p>Hi Tom,</p>
<p>Thanks for your patience with order {o}. The cast-iron skillet you ordered is taking longer than we expected to come back from our foundry in Sheffield, so it won't leave us on the date shown at checkout.</p>
<p>New estimated dispatch date: <b>Wednesday 17 April</b>. If that no longer works for you, you're free to cancel through Your Orders and Amazon will refund you in full.</p>
<p>Apologies for the wait,<br>Megan at Hearth &amp; Iron</p>""", [], "clean: delay with new date, thanks plus info, neutral cancellation mention")
M(L, "order-problem", "text", "[Important] Your order {o} cannot be fulfilled", """Dear Mr Okafor,

I'm sorry to tell you that we can't ship the Lego Technic set in order {o}. The last unit failed our quality check (the box was crushed in storage) and the set has been retired by the manufacturer.

We have adjusted your order and refunded the full amount of £89.99 with the reason "no inventory". Depending on your bank it should show on your statement within 3-5 working days.

Kind regards,
Daniel Price
Brick Vault UK""", [], "clean: order problem with full adjustment; [Important] on critical type")
M(L, "invoice", "text", "VAT invoice for order {o}", """Dear Ms Chambers,

Please find attached the VAT invoice for your order {o}, as requested for your company's expense claim.

Invoice no.: INV/2024/06/0412
VAT reg. no.: GB 284 7391 62
Company no.: 09183746 (registered in England and Wales)

The invoice is addressed to Chambers Design Ltd as you asked. Let us know if the billing address needs changing.

Best regards,
Accounts team, Pennine Office Supplies Ltd""", [], "clean: invoice with VAT and company numbers grouped like phones")
M(L, "review-request", "text", "How are you getting on with your order {o}?", """Hello Priya,

Your bamboo bed sheets from order {o} should have arrived a couple of weeks ago. When you have a moment, would you consider leaving a review on Amazon? Whether it's good, bad or somewhere in between, honest feedback helps other shoppers and helps us improve.

Thank you,
The team at Sleepwell Linen""", [], "clean: neutral review request in text")
M(L, "delivery-scheduling", "text", "Arranging delivery of your wardrobe ({o})", """Dear Mr Hughes,

Your double wardrobe (order {o}) is ready to go out from our warehouse in Milton Keynes. Because it's a two-person delivery on a pallet, we need to book a slot with you.

Available slots:
• Monday 3 June, 7am–12pm
• Tuesday 4 June, 12pm–6pm
• Friday 7 June, 7am–12pm

Please reply with the slot that suits you and let us know if there are any narrow stairs or parking restrictions.

Thanks,
Logistics team, Oakhaven Furniture""", [], "clean: delivery scheduling")
M(L, "home-service-appointment", "text", "TV wall-mount installation – order {o}", """Hi Ms Lewis,

You booked professional installation with your TV wall bracket (order {o}). Our installer, Gareth, can come on Thursday 9 May between 1pm and 3pm. The job usually takes about an hour.

Could you confirm this works, and tell us whether the wall is plasterboard or brick? If it's plasterboard he'll bring special fixings.

Best wishes,
MountPro Installations""", [], "clean: home service appointment")
M(L, "custom-design-verification", "text", "Please check your design proof – order {o}", """Hi Jess,

Attached is the proof for your personalised dog collar tag (order {o}). Front: "BISCUIT", back: "If found please contact my owner" as you requested, without a phone number since you said you'd prefer to add that yourself later.

Please check spelling and layout and reply "approved" or tell us what to change. We'll engrave it as soon as we hear back.

Cheers,
Waggy Tags""", [], "clean: design proof; mentions phone number only as a word")
M(L, "additional-information", "html", "Quick question about order {o}", """<p>Dear Mr Fraser,</p>
<p>To print the photo canvas in order {o} at 60 × 90 cm, the image you uploaded (1200 × 800 pixels) is smaller than we'd like and may look blurry.</p>
<p>Do you have a higher-resolution version? If not, we can print at 40 × 60 cm instead at the same price. Please let us know which you'd prefer.</p>
<p>Kind regards,<br>Canvas Corner</p>""", [], "clean: additional info request with dimensions")
M(L, "return-follow-up", "text", "Your return – order {o}", """Dear Mrs Patel,

We've received the returned kettle from order {o}. Unfortunately the base unit wasn't in the box, so we can't process a full refund.

We can offer a partial refund of £22.50 (the kettle without the base), or if you still have the base you can send it using the same return label (return ref. RTN-558201). Which would you prefer?

Kind regards,
Kitchen Direct""", [], "clean: partial refund offer with return ref")
M(L, "fulfillment-question", "text", "Delivery to your site – order {o}", """Hello Mr Evans,

The 25 bags of aggregate in order {o} come on a lorry with a tail lift. You gave a building site address in Cardiff; could you confirm whether the driver can access the site gate between 8am and 4pm, and whether someone will be there to sign?

Our depot reference is CF-44871.

Thank you,
BuildBase Supplies""", [], "clean: fulfillment question with reference", "en-GB")
M(L, "reply", "text", "Re: Question about order {o}", """Hi Ana,

Thanks for getting in touch. The "Kaffeemühle Classic" in your order {o} is the same grinder as the one sold in the UK as the "Classic Burr Grinder"; only the box is in German. A printed English manual is included inside, and the plug is a UK three-pin plug.

For anything under warranty, Graef's manufacturer helpline is 0161 850 4132 (manufacturer warranty line).

Best,
Oliver, Bean & Burr""", [], "clean: reply quoting German product title; manufacturer warranty number marked")
M(L, "reply", "html", "Re: Returning part of order {o}", """<p>Dear Mr Collins,</p>
<p>Thanks for your message. Yes, you can return just the two unused lamp shades from order {o} and keep the rest. Start the return in Your Orders and choose "no longer needed"; the refund for the two shades will be £31.98.</p>
<p><a href="https://www.amazon.co.uk/gp/css/returns/homepage.html">Start a return in your Amazon account</a></p>
<p>Kind regards,<br>Lumen Home</p>""", [], "clean: reply with descriptive Amazon link and amounts")
# ---- violations: words (16)
M(L, "fulfillment-question", "text", "We've got your order {o}!", """Hi Chloe,

Just a quick note to say we've received your order {o} and our team in Leeds is already packing it up. You'll have your candles in no time.

Warmly,
Wick & Wax""", ["BSM201"], "order received and being packed")
M(L, "reply", "text", "Thank you – order {o}", """Dear Mr Bennett,

Thank you so much for choosing Greenleaf Garden Supplies for order {o}. We truly appreciate your custom.

If there's ever anything we can help with, please don't hesitate to reach out via Amazon messages.

Best wishes,
Greenleaf Garden Supplies""", ["BSM202"], "thanks and offer to help only")
M(L, "invoice", "text", "Invoice for your order {o}", """Dear Ms Ward,

Your invoice for order {o} is attached (invoice no. 2024-0771).

While you're here: we've just launched our autumn range of merino throws. Follow us on Instagram @cosyknitsuk to see them first and sign up to our newsletter for early-access offers.

Kind regards,
Cosy Knits UK""", ["BSM203"], "invoice with follow-us and newsletter promotion")
M(L, "review-request", "text", "A favour to ask – order {o}", """Hi Ryan,

Hope you're enjoying the phone case from order {o}. If you leave us a review on Amazon and send us a screenshot, we'll refund the full purchase price, no strings attached.

Thanks!
CaseCraft""", ["BSM204"], "full refund for a review")
M(L, "reply", "html", "About your feedback for order {o}", """<p>Dear Mrs Turner,</p>
<p>We're sorry the parcel for order {o} arrived late; the courier has confirmed the delay was on their side.</p>
<p>As the item itself arrived in perfect condition, would you be willing to remove the negative seller feedback you left? It affects our account quite heavily.</p>
<p>Many thanks,<br>Northern Outdoor Gear</p>""", ["BSM205"], "asks to remove seller feedback")
M(L, "review-request", "text", "Loving your new blender? Order {o}", """Hi Sophie,

If you're happy with your PowerBlend 900 (order {o}), we'd be thrilled if you could leave us a 5-star review on Amazon. It really helps a small business like ours.

Thanks a million,
The PowerBlend team""", ["BSM206"], "asks for five stars, conditional")
M(L, "delivery-delay", "html", "Order {o} – stock update", """<p>Dear Mr Ahmed,</p>
<p>We're very sorry, but the standing desk frame in order {o} has sold out faster than we anticipated and our next container isn't confirmed yet.</p>
<p>We'd be grateful if you could submit a cancellation request from your Amazon account, so that the order can be closed and you aren't left waiting.</p>
<p>Kind regards,<br>ErgoWorks</p>""", ["BSM108"], "asks buyer to request cancellation (stock out)")
M(L, "return-follow-up", "text", "Your return of order {o}", """Hello Mr Scott,

Just to let you know the trainers from order {o} have arrived back with us in good condition. Hope you find a pair that fits!

All the best,
Sole Society""", ["BSM109"], "return message with no question and no partial refund")
M(L, "review-request", "text", "[IMPORTANT] Your opinion on order {o}", """Dear Mr Kelly,

Would you take a minute to review the garden hose reel you bought in order {o}? Your honest review helps other customers decide.

Kind regards,
Garden Hub""", ["BSM110"], "[IMPORTANT] on a review request")
M(L, "delivery-delay", "text", "Delay to order {o}", """Dear Ms Robinson,

Your printed wedding invitations (order {o}) will be dispatched on Friday rather than Wednesday, as our press needs a new plate.

To stop receiving messages from us, simply reply STOP.

Kind regards,
Paper & Petal Press""", ["BSM305"], "opt-out instruction")
M(L, "reply", "text", "Re: broken mug order {o}", """Ms Harris,

For f*** sake, this is the third time you've messaged about a mug from order {o}. It was packed properly; if the idiot courier smashed it that's hardly our fault. Stop wasting our bloody time.

Potters Yard""", ["BSM306"], "offensive language, censored profanity plus insults")
M(L, "additional-information", "text", "Engraving text needed – order {o}", """Hi Liam,

We still need the text for your engraved hip flask (order {o}). If it's easier, send it to orders [at] flaskandco [dot] co [dot] uk and we'll match it to your order.

Thanks,
Flask & Co""", ["BSM308"], "obfuscated e-mail address (at/dot)")
M(L, "delivery-scheduling", "text", "Booking your delivery – order {o}", """Dear Mr Wright,

Your American-style fridge freezer (order {o}) is ready for delivery. Please call our delivery desk on +44 20 7946 0321 to choose a day; lines are open Monday to Saturday, 8am to 6pm.

Regards,
Appliance City""", ["BSM309"], "seller phone number, international format")
M(L, "reply", "text", "Re: assembly instructions for order {o}", """Hi Grace,

The assembly instructions for the bunk bed in order {o} are on the product page under Product guides and documents:
https://www.amazon.co.uk/dp/B0CJ2M7XQ1

Hope that helps,
Kids Room Co.""", ["BSM401"], "bare URL in text")
M(L, "custom-design-verification", "html", "Your custom mug proof – order {o}", """<p>Hey Jordan,</p>
<p>Your design for the custom mug (order {o}) is attached 😊 We've centred the photo and put "World's Okayest Dad" underneath in the font you picked.</p>
<p>Reply to approve or with any changes.</p>
<p>Cheers,<br>Mug Life</p>""", ["BSM403"], "emoji")
M(L, "delivery-delay", "text", "Delay to your order {o}", """Estimado cliente:

Lamentamos informarle que su pedido {o} (lámpara de pie 'Nordic') se enviará con una semana de retraso debido a un problema con nuestro proveedor. La nueva fecha de envío prevista es el 22 de mayo.

Disculpe las molestias.

Atentamente,
Lumen Home""", ["BSM104"], "en-GB buyer, body in Spanish")
# ---- markup (7)
M(L, "review-request", "html", "Your thoughts on order {o}", """<p>Dear Mrs Green,</p>
<p>We hope you're enjoying the linen cushions from order {o}. If you have a moment, we'd welcome an honest review on Amazon.</p>
<p><a href="https://www.amazon.co.uk/review/create-review?asin=B0B8HQ7C31">Write a review on Amazon.co.uk</a></p>
<p>Kind regards,<br>Linen &amp; Loom</p>
<img src="https://t.mailtrack-pro.com/open?id=8f3a91c2&amp;o=lnl" width="1" height="1" alt="">""", ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt")
M(L, "delivery-delay", "html", "Order {o} delayed", """<p>Dear Mr Young,</p>
<p>Your espresso machine (order {o}) will be dispatched on 12 March instead of 8 March, as we're waiting for a replacement steam wand from the manufacturer.</p>
<p><img src="https://cdn.crema-corner.co.uk/products/lucca-m58-espresso-machine.jpg" alt="Lucca M58 espresso machine" width="300"></p>
<p>Sorry for the wait,<br>Crema Corner</p>""", ["BSM310"], "photo of purchased product")
M(L, "home-service-appointment", "html", "Boiler service appointment – order {o}", """<p><img src="https://images.stockhub.io/summer/beach-sunset-palm.jpg" alt="Sunset on a tropical beach" width="400"></p>
<p>Dear Mrs Adams,</p>
<p>Your boiler service (order {o}) is booked for Tuesday 14 May between 8am and 12pm. Our Gas Safe engineer will call at the door on arrival.</p>
<p>Kind regards,<br>HeatRight Services</p>""", ["BSM311"], "unrelated stock beach image")
M(L, "invoice", "html", "Invoice – order {o}", """<style>h1{font-size:26px} h2{font-size:20px} .small{font-size:11px} .note{font-size:15px}</style>
<h1>Your invoice</h1>
<h2>Order {o}</h2>
<p class="note">Dear Mr Morris, your invoice (no. PB-10293) is attached as a PDF.</p>
<p class="small">Pembroke Books Ltd, company no. 11873625, VAT GB 318 2247 09</p>""", ["BSM410"], "four explicit font sizes in style block")
M(L, "additional-information", "html", "Colour choice – order {o}", """<p style="text-align:center">Dear Ms Baker,</p>
<p style="text-align:center">The rug you ordered (order {o}) is available in two shades of grey. Could you tell us whether you'd like "Storm" or "Pebble"? We'll send it out as soon as we know.</p>
<p style="text-align:center">Thanks,<br>Rug Republic</p>""", ["BSM411"], "centred body text")
M(L, "fulfillment-question", "html", "Delivery note – order {o}", """<p><img src="http://www.thetoolshed.co.uk/images/toolshed-logo.png" alt="The Tool Shed logo" width="140"></p>
<p>Hi Mr Carter,</p>
<p>Your order {o} includes a gas cylinder, which our courier can only deliver to someone aged 18 or over. Will there be an adult at home on the delivery day, or should we hold it at the depot for collection?</p>
<p>Regards,<br>The Tool Shed</p>""", ["BSM413"], "logo loaded over http")
M(L, "delivery-scheduling", "html", "Choose your delivery day – order {o}", """<p><img src="https://cdn.bedsnbeyond.co.uk/mail/beds-n-beyond-banner.png" alt="Beds 'n' Beyond" width="580"></p>
<p>Dear Mrs Mitchell,</p>
<p>Your king-size mattress (order {o}) can be delivered on Saturday 8 June or Monday 10 June, between 9am and 1pm. Please reply with the day you prefer.</p>
<p>Kind regards,<br>Beds 'n' Beyond</p>""", ["BSM406"], "banner 580px wide")
