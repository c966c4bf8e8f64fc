"""What each meaning rule looks for in a sentence, read as concepts (toolkit/rules/meaning.py).

A judge takes a sentence's `Reading` and says why the sentence breaks its rule, or None. The
concepts are the same in every language; which words stand for them is data
(data/concepts/<lang>.toml). Roles matter: a shipment with a dispatch verb stated as done, not
negated, not in the future, not under a condition, and not in a sentence about a delay, a
problem, a replacement, a return or a warranty (those are permitted reasons to write).
"""

from __future__ import annotations

from toolkit.rules.meaning import ASKS, Reading

MODIFIERS = ("negation", "future", "condition")
UNMODIFIED = frozenset({"conjunction", "recent"})  # where a phrase's modifiers end
NO_CONDITION = frozenset({"recent", "daytime"})  # "az önce", "po południu": times, no "after"
PERMITTED = ("delay", "problem", "replacement", "return", "warranty")
AFTER_REACH = 2  # an auxiliary right after its participle ("versandt wird") still counts
NEG_REACH = 5  # "we have not yet been able to ship": a negation stands close to its verb
PREP_REACH = 2  # "for your order": the order is what the sentence is about, not what is sent
GENERAL_REACH = 2  # "our handmade products", "jede einzelne Bestellung"
SUPPLIER_REACH = 3  # "la merce del nostro fornitore", "die Lieferung unseres Lieferanten"
SUPPLIER_SENT_REACH = 5  # "notre fournisseur de Nantes nous a livré": its place between
INSPECTED_REACH = 4  # "review (of your) return": what is reviewed follows within a few words
COND_REACH = 6  # "if you are really satisfied": the condition is on the satisfaction
NEED_REACH = 2  # "alles, was Sie brauchen": the buyer's need
YOU_REACH = 3  # "vous avez reçu", "you have received"
OURS_REACH = 2  # "we could improve", "moglibyśmy poprawić"
NOTICE_NAME_REACH = 2  # "Yeni Doğan Mah.": a street's or a quarter's name before its word
AS_IT_CAME_REACH = 4  # "telle qu'elle vous a été livrée": the state's words, then the verb
DESCRIBING = frozenset({"measure", "empty"})  # "70 kg emballé", "boş geldi": how it is


def modified(r: Reading, index: int, concepts: tuple[str, ...] = MODIFIERS) -> str | None:
    """The concept (negation, future, condition) that changes the word at `index`, if any:
    a negation a few words before it, the others anywhere before it in its clause; either
    just after it ("versandt wird", "storniert nicht")."""
    clause = r.clause_of[index]
    last = min(len(r.words), index + AFTER_REACH + 1)
    joined = next((i for i in range(index + 1, last) if "conjunction" in r.concepts[i]), None)
    last = joined if joined is not None else last  # "received and will be packed": not it
    for i in range(last):
        if i == index or r.clause_of[i] != clause or r.concepts[i] & NO_CONDITION:
            continue  # "az önce", "öğleden sonra": just now, this afternoon, not a condition
        for concept in concepts:
            if concept in r.concepts[i] and (concept != "negation" or i >= index - NEG_REACH):
                return concept
    return None


def status_answered(r: Reading, around: frozenset[str] = frozenset()) -> str | None:
    """BSM201 in a reply: the buyer asked where the parcel is, and the carrier's tracking
    read to them ("according to the carrier's record, the parcel left the hub") answers;
    what the shop itself states is a confirmation still."""
    return None if r.has("per_tracking") else confirmation(r, around)


def modified_after(r: Reading, index: int, concept: str) -> str | None:
    """A modifier right after the run of `concept` words from `index` (a phrase's words:
    "kargo firmasına teslim etmeden önce", in a verb-final language), in its clause."""
    end = index
    while end + 1 < len(r.words) and concept in r.concepts[end + 1]:
        end += 1
    for k in range(end + 1, min(len(r.words), end + AFTER_REACH + 1)):
        if r.clause_of[k] != r.clause_of[index] or r.concepts[k] & UNMODIFIED:
            return None  # "and will ...": another verb's; "ha salido esta mañana": just now
        found = next((c for c in MODIFIERS if c in r.concepts[k]), None)
        if found is not None:
            return found
    return None


def subjects(r: Reading, concept: str) -> list[int]:
    """Words of `concept` that are not the object of a preposition ("for your order"), nor
    carry one as an ending ("siparişinizdeki koltuk": the sofa in your order), and are the
    buyer's, not the shop's goods or any order ("we pack our products with care")."""
    return [
        i
        for i in r.where(concept)
        if (not r.before("prep", i, PREP_REACH) or relative_follows(r, i))
        and "prep" not in r.concepts[i]
        and not in_general(r, i)
    ]


def relative_follows(r: Reading, index: int) -> bool:
    """ "Thank you for your order, which we have received": a relative pronoun right after it
    makes the goods word the subject of the clause it opens (its number may stand between)."""
    k = index + 1
    while k < len(r.words) and r.words[k][:1].isdigit():
        k += 1
    return k < len(r.words) and "relative" in r.concepts[k]


def in_general(r: Reading, index: int) -> bool:
    """A goods word about the shop's goods, every order or a later one, not the buyer's: "our
    products", "jede Bestellung", "ürünlerimizi" (the possessive is its ending), "your next
    order"; or a delivery from the shop's supplier ("the delivery from our supplier",
    "tedarikçimizin gönderisi")."""
    if "general" in r.concepts[index] or r.before("general", index, GENERAL_REACH):
        return True
    if r.before("next", index, GENERAL_REACH):
        return True  # "bei Ihrer nächsten Bestellung": a later order, not this one
    if "you" in r.concepts[index] or r.before("you", index, 1):
        return False  # "siparişiniz ... tedarikçimiz tarafından": the buyer's, sent by another
    clause = r.clause_of[index]
    low, high = max(0, index - SUPPLIER_REACH), min(len(r.words), index + SUPPLIER_REACH + 1)
    return any("supplier" in r.concepts[k] and r.clause_of[k] == clause for k in range(low, high))


def about_goods_in_general(r: Reading) -> bool:
    """Goods words, each of them the shop's goods or any order ("Ürünlerimizi özenle
    hazırlıyoruz": we prepare our products with care): how the shop works, not news of the
    buyer's order."""
    found = r.where("shipment")
    return bool(found) and all(in_general(r, i) for i in found)


def confirmation(r: Reading, around: frozenset[str] = frozenset()) -> str | None:
    """BSM201: an order or shipment received, being packed or sent, stated as a fact; not
    one of days or weeks ago ("delivered last week", before asking for a review)."""
    if r.question or r.has("long_ago") or any(plain(r, c) for c in PERMITTED):
        return None  # (not "wpadło do nas bez problemu": no problem said)
    if r.words and "condition" in r.concepts[0]:
        return None  # "Si dejas una reseña ..., te enviamos un detalle": all of it on a condition
    shipments = subjects(r, "shipment") or r.where("in_transit")
    asked = [i for i in plain(r, "message") if "carrier" not in r.concepts[i]]  # (not "Royal Mail")
    if not shipments and not asked:  # "we passed your question on to DPD"
        shipments = carried(r)
    if not shipments:
        return receipt_confirmed(r) or packed_as_said(r, around)
    orders = subjects(r, "order")
    for concept, what, needs in (
        ("dispatched", "a shipment as done", None),
        ("preparing", "an order as being packed", None),
        ("received", "an order as received", "order"),
        ("arrived", "an order as received", "at_us"),
    ):
        for i in plain(r, concept):  # "punto de recogida" is a place, not a collection
            if modified(r, i) or modified_after(r, i, concept):
                continue  # "kargo firmasına teslim etmeden önce": after the phrase, "before"
            if hoped_arrival(r, i) or others_goods(r, i) or as_it_came(r, i):
                continue
            if delivered_for_review(r, i, around):
                continue  # "il suo ordine è stato consegnato. Può condividere la sua opinione"
            if concept == "dispatched" and (to_us(r, i) or supplier_sent(r, i)):
                continue  # (not "wpłynęło do nas": an order come in to the shop is news)
            if described(r, i):
                continue  # "il pèse 70 kg emballé", "boş geldi": how it is, no news of it
            if concept == "preparing" and any(r.in_clause(c, i) for c in PACKED_HOW):
                continue  # "pakujemy je osobno", "als Geschenk": how they are packed, not that
            if "bought" in r.concepts[i]:
                continue  # "you picked up our doorbell": what the buyer bought
            if concept == "received" and r.before("you", i, YOU_REACH) and not r.has("at_us"):
                continue  # "vous avez reçu votre commande": the buyer's, delivered
            if "either_tense" in r.concepts[i] and "future" in around:
                continue  # "llegará antes de Reyes. Lo enviamos el 02/01": planned
            if concept == "preparing" and paragraph_asks(around):
                continue  # "we are preparing your engraved board: what text should it bear?"
            if either_tense_planned(r, i, around):
                continue  # "la entregamos con dos operarios. Necesitamos acordar el día"
            orders_here = [k for k in orders if r.clause_of[k] == r.clause_of[i]]
            if needs == "order" and (not orders_here or r.has("message")):
                continue  # "we received your message"; "you receive your money, if ... order"
            if needs == "at_us" and (not orders_here or not r.has("at_us")):
                continue
            if concept in ARRIVED and "return" in around:
                continue  # "abajur bize ulaştı" beside a partial refund for it: the return's
            return f"states {what} ({r.words[i]!r})"
    return receipt_confirmed(r)


def either_tense_planned(r: Reading, index: int, around: frozenset[str]) -> bool:
    """A verb that is present or past alike ("entregamos", "enviamos"), with no time that
    makes it past, in a paragraph where the shop asks or needs something of the buyer (not
    "if you need anything", an offer of help): how the delivery will go, not news of it."""
    if "either_tense" not in r.concepts[index] or r.has("recent") or r.has("long_ago"):
        return False
    return paragraph_asks(around) or ("need" in around and "condition" not in around)


def paragraph_asks(around: frozenset[str]) -> bool:
    """The paragraph asks the buyer something: a request for information, or a question
    that offers no help."""
    return around >= ASKED_FOR_INFO or ASKS in around


def packed_as_said(r: Reading, around: frozenset[str]) -> str | None:
    """ "Właśnie je kompletujemy i pakujemy" after "mamy Twoje zamówienie!": the order the
    paragraph names, packed now; not beside a permitted reason (a delay, a problem)."""
    if "order" not in around or any(c in around for c in PERMITTED):
        return None
    for i in plain(r, "preparing"):
        if not modified(r, i) and r.has("recent"):
            return f"states the order as being packed ({r.words[i]!r})"
    return None


def described(r: Reading, index: int) -> bool:
    """A unit, a weighing verb or "empty" next to the verb ("70 kg emballé", "Imballato pesa
    75 kg", "yazı alanı bize boş geldi"): how the goods or a field are, no news of an order."""
    return any(0 <= k < len(r.words) and DESCRIBING & r.concepts[k] for k in (index - 1, index + 1))


def as_it_came(r: Reading, index: int) -> bool:
    """The goods shown in the state they came in ("voici la lampe telle qu'elle vous a été
    livrée", "teslim edildiği gibi"): a description of what the buyer has, no news of it."""
    return r.within("as_it_came", index, AS_IT_CAME_REACH, AFTER_REACH)


def others_goods(r: Reading, index: int) -> bool:
    """The goods in the verb's clause are someone else's ("the delivery from our supplier was
    sent to us today; your order ships on Friday"): no news of the buyer's order."""
    clause = r.clause_of[index]
    here = [k for k in r.where("shipment") if r.clause_of[k] == clause]
    return bool(here) and all(in_general(r, k) for k in here)


def receipt_confirmed(r: Reading) -> str | None:
    """ "We confirm receipt of your order" (the order after a preposition, the receipt a noun);
    not a request to the buyer ("please confirm receipt") nor a message received."""
    if not r.where("order") or r.has("message") or r.has("please") or r.has("request"):
        return None
    for i in r.where("receipt"):
        if r.has("confirm_verb") and not modified(r, i):
            return f"confirms the receipt of an order ({r.words[i]!r})"
    return None


def carried(r: Reading) -> list[int]:
    """A carrier the parcel went to ("handed to DPD", "przekazaliśmy kurierowi"), standing for
    the parcel the sentence leaves unnamed; not a carrier doing something ("our courier left
    a card"): after a preposition or after the dispatch verb."""
    sent = r.where("dispatched")
    return [
        i
        for i in r.where("carrier")
        if r.before("prep", i, PREP_REACH) or any(k <= i for k in sent)
    ]  # "depomuzdan çıktı": the warehouse word in the dispatch phrase itself


NOT_COURTESY = (
    "substance", "review", "benefit", "discount", "follow", "cancel_verb", "cancel_noun",
    "change", "dispatched", "received", "preparing", "advice", "delay",
)  # fmt: skip
NOT_COURTESY_SET = frozenset(NOT_COURTESY)
ASKED_OF_BUYER = frozenset({"review", "cancel_verb", "cancel_noun"})  # asked for, not helped with
ECHO = frozenset({"emphasis", "prep"})  # a sentence of emphasis alone says the one before again
WISHED = ("substance", "benefit", "received")  # "a wonderful week", "(regali) joy", "arrived"
PACKED_HOW = ("separately", "as_gift")  # a method or a service, not news of the order
ARRIVED = frozenset({"arrived", "received"})  # "hoffen, Ihr Paket ist gut angekommen"
NAMED_TO_CHANGE = (
    "substance",
    "shipment",
    "order",
    "amount",
    "message",
    "messages",
    "notice",
    "message_notice",
)
ASKED_FOR_INFO = frozenset({"request", "info"})  # a paragraph nearby asks the buyer something
GIVEN_REACH = 3  # "ci fai un regalo", "dla nas najlepsza nagroda"
PAID_REACH = 3  # "aankoopbedrag van uw bestelling", "que pagó por el pedido"
GOODS_NEWS = frozenset({"dispatched", "received", "preparing"})  # news, if the goods are theirs
LIST_REACH = 2  # "soru, görüş ve öneri": a review word listed beside a question
LIKED_REACH = 2  # "you liked the design"
WISH_REACH = 2  # "güzel bir gün": the time wished for stands right after its adjective
NAMED_LETTERS = 3  # "ismi", "name": a word of what the buyer is asked to write, not "bu"


def kind_words(r: Reading) -> bool:
    """Thanks, a wish or an offer of help: what a thanks-only message says at least once."""
    if any(r.has(c) for c in ("thanks", "help", "wish", "goodwill")):
        return True
    return contact_offer(r) or answers_messages(r) or bool(welcomed(r))


def welcomed(r: Reading) -> set[int]:
    """The words of a clause that only says "you're welcome" ("Rica ederiz, ne demek!"): an
    answer to thanks; "göndermenizi rica ederiz" asks for something."""
    found: set[int] = set()
    for i in r.where("welcome"):
        clause = [k for k, c in enumerate(r.clause_of) if c == r.clause_of[i]]
        if all("welcome" in r.concepts[k] for k in clause):
            found.update(clause)
    return found


def courtesy(r: Reading, *, answering: bool = False) -> bool:
    """BSM202: thanks, an offer of help or a good wish, and nothing the buyer needs to know
    (a word in a good wish is no news: "have a nice day" tells no date). In a message that
    answers the buyer's question, how the shop works is the answer, not a courtesy."""
    help_offer = bool(plain(r, "help")) or contact_offer(r) or answers_messages(r)
    if r.question and (not help_offer or asks_to_be_told(r) or r.has("shop_question")):
        return False  # a question to the buyer has a reason
    if r.has("answer"):
        return False  # "Teşekkürler, evet uyumludur.": yes is the answer to something asked
    if (r.question and r.has("choice")) or shop_needs(r):
        return False  # "¿prefieres cursiva o mayúsculas?", "nous avons besoin de connaître"
    if answering and thanks_for_asking(r) and bare_clause(r):
        return False  # "Sorunuz için teşekkürler, ürünümüz Türkiye'de üretilmektedir."
    general = about_goods_in_general(r)
    practice = general and not answering and not r.has("you") and not r.has("because")
    practice = practice and not any(r.has(c) for c in PERMITTED)
    cared = (general and r.has("care")) or practice  # "we pack every order with care", "Wij
    # verpakken onze bestellingen plasticvrij": how the shop works, said to no one in particular
    welcome = welcomed(r)
    echo = bool(r.words) and all(c & ECHO for c in r.concepts)  # "¡De verdad!", "Really!"
    kind = r.has("thanks") or r.has("goodwill") or r.has("wish") or bool(welcome) or echo
    if not (kind or help_offer or cared):
        return False
    if any("please" in c and "goodwill" not in c for c in r.concepts) and not help_offer:
        return False  # "please charge the battery first": an instruction
    if confirmation(r) is not None or (not help_offer and satisfaction_condition(r)):
        return False  # "your order reached us"; "only if you are delighted, we would ..."
    hoped = r.has("wish") and not (r.has("review") or r.has("discount"))
    for i, concepts in enumerate(r.concepts):
        if "goodwill" in concepts or "help" in concepts or i in welcome:
            continue  # "have a nice day", "send us a message": the words of the courtesy
        if help_offer and ("response_time" in concepts or "weekday" in concepts):
            continue  # "within one working day", "Monday to Saturday": when the shop answers
        if (
            help_offer
            and "substance" in concepts
            and not concepts & ASKED_OF_BUYER
            and asked_about(r, i)
        ):
            continue  # "if you have a question about the assembly": what help may be about (a
            # review to write is asked for: "bir değerlendirme yazmanız bizi mutlu eder"; a
            # cancellation too: "gdyby zechciała Pani złożyć prośbę o anulowanie")
        if (general and GOODS_NEWS & concepts) or (practice and "substance" in concepts):
            continue  # "Ürünlerimizi özenle hazırlıyoruz": the shop's goods, not the order
        if concepts & NOT_COURTESY_SET == {"substance"} and names_order(r, i):
            continue  # "12.03.2025 tarihli siparişiniz için": the order thanked for, by its date
        if "benefit" in concepts and r.in_clause("bought", i):
            continue  # "thank you for choosing us for this gift": what they bought
        if "benefit" in concepts and practice and r.has("ethos"):
            continue  # "for a small workshop like ours, every purchase is a gift": to the shop
        if help_offer and "review" in concepts and listed_with_question(r, i):
            continue  # "for any question or feedback, we are here": what help may be about
        if concepts & NOT_COURTESY_SET == {"substance"} and liked(r, i):
            continue  # "Tasarımlarımızı beğenmenize sevindik": what they liked is no news
        if concepts & NOT_COURTESY_SET == {"substance"} and r.has("goodwill") and in_general(r, i):
            continue  # "it makes our day when someone orders one of our prints": the shop's
        for concept in NOT_COURTESY:
            if concept in concepts and not (concept in WISHED and wished(r, i, hoped)):
                return False
    return True


NEWS = frozenset(NOT_COURTESY) - {"substance"} | frozenset(PERMITTED)  # what a notice never says


def packaging(r: Reading) -> bool:
    """BSM202: a sentence of a footer's notice, no request or news for this order: a notice
    word (company register, privacy law, "sent automatically, do not reply") and nothing
    that is news; or, beside such a notice in its line, a sentence of no substance at all
    (the address or registry number the footer goes on with)."""
    news = NEWS - GOODS_NEWS if about_message(r) else NEWS  # "this e-mail was sent automatically"
    named = notice_names(r)
    said = [c for i, c in enumerate(r.concepts) if i not in named]
    if r.question or any(news & c for c in said):
        return False
    if any("please" in c and "notice" not in c for c in r.concepts):
        return False  # "Please find attached the VAT invoice": asked of the buyer, no notice
    if asked_of_you(r) and r.has("need"):
        return False  # "kan du skicka organisationsnumret": a request for the order, no footer
    return notice(r) or not any("substance" in c for c in said)


def notice_names(r: Reading) -> set[int]:
    """The words that name a footer's street, quarter or company: the few capitalised ones
    before its notice word in the same clause ("Yeni Mah.", "Hediye Cad.", "Teslim Ltd.
    Şti."), a name, not news of something new, a gift or a delivery ("Yeni ürünlerimiz
    Ltd. Şti. mağazamızda" names new goods)."""
    named: set[int] = set()
    for i in r.where("notice"):
        for k in range(i - 1, max(-1, i - NOTICE_NAME_REACH - 1), -1):
            if r.clause_of[k] != r.clause_of[i] or k not in r.capitals:
                break
            if "notice" in r.concepts[k]:
                break
            named.add(k)
    return named


def notice(r: Reading) -> bool:
    """A footer's notice: a register, tax or privacy word, or a word that is one only said of
    the message itself ("this e-mail was sent automatically"; "the lamp switches off
    automatically" is an answer)."""
    if r.has("notice"):
        return True
    return r.has("message_notice") and about_message(r)


def about_message(r: Reading) -> bool:
    return r.has("message") or r.has("messages")


DATE_REACH = 3  # "your order of 12 March", "Ihre Bestellung vom 12. März"
NAMING = frozenset({"info", "you"})
NOT_SLOGAN = ("you", "order", "please", "when", "because")  # the buyer's, asked for, news of
# a time, or an explanation ("Doğal taş olduğu için her kolyenin deseni farklıdır.")
REFERENCE_WORDS = 6  # "the number of your order is"
REFERENCE_CONCEPTS = frozenset(
    {"order", "shipment", "info", "you", "prep"}
)  # "numaralı", "verdiğiniz": between a date and its order
ORDER_NAME_WORDS = 3  # "Votre commande", "Zamówienie": an order named, its number cut out
ORDER_ONLY = frozenset({"you", "prep"})  # "your", "of": what may stand before the order's name


def names_order(r: Reading, index: int) -> bool:
    """A date word that names the order thanked for: before it with only its number between
    ("tarihli numaralı siparişiniz") or after it with only a preposition and numbers between
    ("order of 12 March")."""
    if not r.has("thanks"):
        return False
    for k in range(index + 1, min(len(r.words), index + DATE_REACH + 1)):
        if "order" in r.concepts[k]:
            return True
        if not r.concepts[k] <= NAMING:
            break  # "tarihinde verdiğiniz numaralı sipariş": its number, the buyer's placing it
    for k in range(max(0, index - DATE_REACH), index):
        if "order" in r.concepts[k] and all(
            "prep" in r.concepts[j] or r.words[j].isdigit() for j in range(k + 1, index)
        ):
            return True
    return False


def answers_messages(r: Reading) -> bool:
    """ "Her mesajınızı bir iş günü içinde yanıtlıyoruz": every message answered, how the shop
    works; an offer of help (not "please reply to this message": asked of the buyer)."""
    return r.has("reply") and r.has("message") and r.has("general") and not r.has("please")


def label(r: Reading) -> bool:
    """BSM202: words that name and tell nothing (a heading, a list item, a shop's name): no
    thanks or wish (those are what the message says), no question, nothing that is news."""
    if r.question or any(r.has(c) for c in ("thanks", "wish", "goodwill", "substance")):
        return False
    return not tells_news(r)


def tells_news(r: Reading) -> bool:
    """A word of news (a review, a discount, a delay ...); not a value named like a review
    ("Nuestros valores:")."""
    return any(NEWS & c and not (c & NEWS == {"review"} and "ethos" in c) for c in r.concepts)


def slogan(r: Reading) -> bool:
    """BSM202: what the shop stands for, said to no one ("Qualität ist unser Handwerk.", "Our
    packaging is fully recyclable.", "Nachhaltigkeit liegt uns am Herzen: wir versenden
    klimaneutral."): its quality, craft, values; nothing of the buyer's, nothing asked."""
    if not r.has("ethos") or r.question or any(r.has(c) for c in NOT_SLOGAN):
        return False
    if r.has("shipment") and not about_goods_in_general(r):
        return False  # "Ürünümüz doğal malzemeden üretilmiştir": the goods asked about, an answer
    if r.has("general"):  # "every candle we make is packed in recycled paper": the shop's goods
        return not any(NEWS - GOODS_NEWS & c for c in r.concepts)
    return not tells_news(r)


def reference(r: Reading) -> bool:
    """ "Your order number is", "Zamówienie": an order's number named (the number itself cut
    out); without a word for its number, the order's word last after a few words that say
    nothing ("Your order", not "Your order shipped" nor "We shipped your order")."""
    if not r.has("info"):
        return (
            0 < len(r.words) <= ORDER_NAME_WORDS
            and "order" in r.concepts[-1]
            and all(c <= ORDER_ONLY for c in r.concepts[:-1])
        )
    return (
        r.has("order")
        and len(r.words) <= REFERENCE_WORDS
        and all(c <= REFERENCE_CONCEPTS for c in r.concepts)
    )


def listed_with_question(r: Reading, index: int) -> bool:
    """A word listed beside a question the buyer may have ("soru, görüş ve öneri", "questions
    or feedback"): a few words either side, a word that is help and a message both."""
    low, high = max(0, index - LIST_REACH), min(len(r.words), index + LIST_REACH + 1)
    return any({"help", "message"} <= r.concepts[k] for k in range(low, high) if k != index)


def liked(r: Reading, index: int) -> bool:
    """What the buyer liked: a word right before "liked" ("tasarımlarımızı beğenmenize") or
    just after it ("glad you liked the design")."""
    after = index + 1 < len(r.words) and "satisfied" in r.concepts[index + 1]
    return after or r.before("satisfied", index, LIKED_REACH)


def wished(r: Reading, index: int, hoped: bool) -> bool:
    """A word of a good wish: after a kind adjective ("a wonderful week"), or a gift word in
    a clause that hopes or wishes ("speriamo che ti regali tante colazioni")."""
    if hoped and "benefit" in r.concepts[index] and r.in_clause("wish", index):
        return True  # not a date or a delivery: "we hope it arrives on Monday" is news
    if hoped and hoped_arrival(r, index):
        return True  # the day it arrives is news: "on Monday" is no arrival word
    if index + 1 < len(r.words) and "goodwill" in r.concepts[index + 1]:
        return True  # "Doğum gününüz kutlu olsun": the day wished for stands before its wish
    if hoped and index + 1 < len(r.words) and "kind" in r.concepts[index + 1]:
        return True  # "que tenga un día estupendo": its adjective after it, in a wish
    return r.before("kind", index, WISH_REACH) or r.before("goodwill", index, WISH_REACH)


def to_us(r: Reading, index: int) -> bool:
    """The goods on their way to the shop or from its supplier ("still on its way to us",
    "unterwegs zu uns und", "on its way from our maker"): a delivery the seller awaits, not
    the buyer's parcel sent (not "in viaggio dal nostro magazzino": "nostro" is no "to us")."""
    end = index
    while end + 1 < len(r.words) and "in_transit" in r.concepts[end + 1]:
        end += 1  # the end of "on its way"
    after = r.concepts[end + 1 : end + 2 + SUPPLIER_REACH]
    if not after or "prep" not in after[0]:
        return False
    if any("supplier" in c for c in after[1:]):
        return True
    ends = end + 3 >= len(r.words) or r.clause_of[end + 3] != r.clause_of[end + 2]
    us_alone = ends or bool({"conjunction", "prep"} & r.concepts[end + 3])
    return len(after) > 1 and "at_us" in after[1] and us_alone


def delivered_for_review(r: Reading, index: int, around: frozenset[str]) -> bool:
    """Delivered to the buyer, in a paragraph that asks for a review: why the review is asked
    now, no news of the order (not "consegnato al corriere": handed to the carrier)."""
    return (
        "review" in around
        and "delivered" in r.concepts[index]
        and not r.in_clause("carrier", index)
    )


def supplier_sent(r: Reading, index: int) -> bool:
    """The shop's supplier sent it to the shop ("el proveedor nos ha mandado las piezas", "our
    supplier sent us", "notre fournisseur de Nantes nous a livré un lot"); not "il nostro
    fornitore ha spedito il suo ordine", the buyer's."""
    return r.before("supplier", index, SUPPLIER_SENT_REACH) and r.within("at_us", index, 2, 1)


def hoped_arrival(r: Reading, index: int) -> bool:
    """An arrival after a hope or a wish is wished, not stated: "we hope, your parcel arrived
    safely", "speriamo che il pacco sia arrivato"."""
    return bool(ARRIVED & r.concepts[index]) and any("wish" in c for c in r.concepts[:index])


def asked_about(r: Reading, index: int) -> bool:
    """A word between a condition and the offer to reach us: "should you have a question
    about the assembly, write to us" (not "if it is wrong send us a photo": asked for)."""
    if not r.before("condition", index, index + 1):
        return False
    return any("help" in c or "reply" in c for c in r.concepts[index + 1 :])


def shop_needs(r: Reading) -> bool:
    """ "Nous avons besoin de connaître la finition souhaitée": we need something of the buyer,
    a request; not the buyer's need that help is for ("if you need anything", "whatever you
    need") nor an offer of help's own words ("reply to us", "Wij denken graag met je mee")."""
    if plain(r, "help"):
        return False
    for i in r.where("need"):
        concepts = r.concepts[i]
        if concepts & {"help", "reply", "you"} or modified(r, i, ("negation",)):
            continue
        if r.before("condition", i, COND_REACH) or r.before("you", i, NEED_REACH):
            continue
        if r.before("at_us", i, NEED_REACH):
            return True
    return False


def asked_of_you(r: Reading) -> bool:
    """ "Could you let us know, so we can finish the return?": a request put to the buyer ("could
    you", "kun je"), whose "let us know" asks to be told, not offers help."""
    return any(r.before("request", i, 1) for i in r.where("you"))


def contact_offer(r: Reading) -> bool:
    """ "If anything is wrong, write to us": the buyer told to reach the shop, should a problem
    or a question come up (a condition on something going wrong, and a way to reach us)."""
    if not r.has("condition") or not (r.has("problem") or r.has("message")):
        return False
    return r.has("reply") and (r.has("at_us") or r.has("problem"))  # "sorun olursa yazın"


def asks_to_be_told(r: Reading) -> bool:
    """ "Kolyenize kazınacak ismi bize yazar mısınız?": the buyer asked to write us a thing
    named, with no condition and no question or problem to write about: a request for what
    the order needs, not an offer of help ("bize yazar mısınız?" alone stays one)."""
    if not (r.question and r.has("reply")) or r.has("condition"):
        return False
    if any("help" in c and not c & {"reply", "at_us"} for c in r.concepts):
        return False  # "bir sorunuz varsa", "yardım": what the help is about
    return any(not c and len(w) >= NAMED_LETTERS for w, c in zip(r.words, r.concepts, strict=True))


COURTEOUS = frozenset({"thanks", "help", "goodwill", "wish", "message", "contacted", "prep"})


def bare_clause(r: Reading) -> bool:
    """A clause with no word of thanks, help or wish, nor of what is thanked for: in a thanks
    for the buyer's question, the answer said in the same sentence."""
    clauses: dict[int, bool] = {}
    for concepts, clause in zip(r.concepts, r.clause_of, strict=True):
        clauses[clause] = clauses.get(clause, False) or bool(concepts & COURTEOUS)
    return len(clauses) > 1 and not all(clauses.values())


THANKED_REACH = 3  # "thank you for your message", "Sorunuz için teşekkürler"


def thanks_for_asking(r: Reading) -> bool:
    """ "Danke für Ihre Frage", "Sorunuz için teşekkürler": the buyer asked, and the message
    goes on with the answer (not "if you have a question": a condition is an offer of help)."""
    if r.question or r.has("condition"):
        return False
    messages = r.where("message") + r.where("contacted")  # "for your question", "for writing"
    return any(abs(i - k) <= THANKED_REACH for i in r.where("thanks") for k in messages)


def satisfaction_condition(r: Reading) -> bool:
    """ "If you are delighted, we would be glad of ...": a request on a condition of
    satisfaction, not a courtesy ("if you are not happy, tell us" is the offer of help)."""
    for i in buyer_satisfied(r):
        if r.before("condition", i, COND_REACH) and not r.before("negation", i, COND_REACH):
            return not (r.has("problem") or r.has("unhappy"))
    return False


def buyer_satisfied(r: Reading) -> list[int]:
    """Words of the buyer's satisfaction: not the seller's gladness or a wish ("we would be
    delighted", "memnun oluruz", "if you would like to"), nor the buyer's wish that ends its
    clause ("If you like, you can write a review"; "if you like it" is satisfaction)."""
    return [
        i
        for i in plain(r, "satisfied")  # (not "a small bakery like ours")
        if "our_pleasure" not in r.concepts[i] and not as_you_like(r, i)
    ]


def as_you_like(r: Reading, index: int) -> bool:
    ends = index + 1 == len(r.words) or r.clause_of[index + 1] != r.clause_of[index]
    return ends and "as_you_like" in r.concepts[index]


def reviews(r: Reading) -> list[int]:
    """Review words that are about a review of the product, not an inspection of a return or
    a proof ("our review of your return", "please review the attached proof")."""
    return [i for i in r.where("review") if not inspection(r, i)]


LINK_LETTERS = 4  # "review of your return", "ocenie Pana zwrotu": short words in between


def inspection(r: Reading, index: int) -> bool:
    """The review word at `index` names an inspection: what it inspects follows within a few
    words. A word that is a refund as well ("zwrot", "devolución", "iade") must follow with
    only short or linking words between ("ocena Pana zwrotu"), not after a verb ("za opinię
    oferujemy zwrot": a refund offered for the review). Or it stands just before, as an object
    does in Turkish ("iadenizi değerlendirip": assessing your return)."""
    if index and "inspected" in r.concepts[index - 1]:
        return True
    for k in range(index + 1, min(len(r.words), index + 1 + INSPECTED_REACH)):
        if "inspected" not in r.concepts[k]:
            continue
        if "benefit" not in r.concepts[k]:
            return True
        between = range(index + 1, k)
        if all(linking(r, j) for j in between) and r.clause_of[k] == r.clause_of[index]:
            return True
    return False


def linking(r: Reading, index: int) -> bool:
    return len(r.words[index]) <= LINK_LETTERS or bool({"prep", "you"} & r.concepts[index])


def plain(r: Reading, concept: str) -> list[int]:
    """Words of `concept` that are not part of a set phrase ("bon d'achat" is no good review,
    "op prijs stellen" no prize, "goda nyheter" no new product)."""
    return [i for i in r.where(concept) if "idiom" not in r.concepts[i]]


def incentive_benefits(r: Reading) -> list[int]:
    """What is offered: a benefit, or shipping costs paid back ("we refund your postage")."""
    found = [i for i in plain(r, "benefit") if not given_to_us(r, i)]
    if found:
        return found
    paid_back = r.where("adjusted") or r.where("money_back") or r.where("return")
    if not paid_back:
        return []
    share = shared_out(r) and r.has("amount")  # "te devolvemos el 50 % del importe"
    return r.where("costs") or (paid_back if share else [])


def shared_out(r: Reading) -> bool:
    """A share of the price: a percentage ("20 %", "twintig procent") or a fraction in words
    ("a fifth off", "halber Preis")."""
    return "%" in r.words or r.has("fraction")


def given_to_us(r: Reading, index: int) -> bool:
    """ "¿Nos regalarías cinco estrellas?", "cinque stelle ci fai un regalo": what the buyer
    would give the shop (asked, or a rating asked for), not what the shop gives."""
    asked = r.question or r.has("top_rating")
    return asked and (
        r.within("at_us", index, GIVEN_REACH, GIVEN_REACH)
        or r.within("general", index, 0, GIVEN_REACH)  # "des cadeaux pour notre équipe"
    )


def goods_come_back(r: Reading) -> bool:
    """The sentence is about goods sent back or received (a refund for a return), not about a
    review put online: a return (not a refund verb), goods received or arrived, or a parcel
    that is not its shipping costs ("as soon as the parcel is back")."""
    if r.has("published"):
        return False
    returned = any(
        "return" in c and ("inspected" in c or not ("benefit" in c or "adjusted" in c))
        for c in r.concepts
    )  # a return word that is no refund verb, or the return itself ("zwrot", "iade")
    goods = any(  # not a later order ("a gift on your next order"), nor what was paid
        "shipment" in c and "costs" not in c and not in_general(r, i) and not paid_for(r, i)
        for i, c in enumerate(r.concepts)
    )
    return returned or goods or r.has("received") or r.has("arrived")


def paid_for(r: Reading, index: int) -> bool:
    """An order word that says whose price it is ("the full amount of your order", "lo que
    pagó por el pedido", "the purchase price"): the money, not goods coming back."""
    return r.within("amount", index, PAID_REACH, 1) or r.before("charged", index, PAID_REACH)


def incentive(r: Reading, around: frozenset[str] = frozenset()) -> str | None:
    """BSM204: something of value tied to a review (in the sentence, or its paragraph)."""
    benefits = incentive_benefits(r)
    if not benefits:
        if "benefit" in around and review_in_return(r):
            return "ties a review to what the paragraph offers"  # "Sie müssen dafür nur ..."
        # "yorumunuz yayınlanır yayınlanmaz ... bir anahtarlık göndereceğiz"
        reviewed = reviews(r) or "review" in around  # "Una volta pubblicata, ... le spediremo"
        if reviewed and r.has("we_send") and (r.has("published") or thanks_trigger(r)):
            return "ties something sent to a review"
        return None
    tied = r.has("trigger") or r.has("condition") or r.has("future") or r.has("published")
    found = reviews(r)
    rewarded = bool(found) and any(
        i > found[0] for i in r.where("reward_verb")
    )  # "review, and get"
    if found and (tied or rewarded):
        return f"ties {r.words[benefits[0]]!r} to a review"
    if r.has("review"):
        return None  # its review words are an inspection ("po ocenie Pana zwrotu zwrócimy")
    # "Staat je recensie online? ... dan krijg je van ons een bedankje": sent as its consequence
    sent_then = r.has("consequence") and r.has("we_send")
    # "after publication, we refund"; "send us a screenshot of it ... we refund": on proof;
    # "message us once it's live. We'll refund the full price": once it is published
    on_review = "proof" in around or "published" in around
    triggered = r.has("trigger") or r.has("published") or sent_then or on_review
    # "Dan betalen we het volledige aankoopbedrag terug": a present tense, the review's consequence
    then = r.has("consequence") and on_review
    promised = r.has("future") or r.has("published") or thanks_trigger(r) or sent_then or then
    if not promised:
        return None  # "After our call, we refunded the £12": given, not promised for a review
    if "review" in around and triggered and not r.has("newness") and not goods_come_back(r):
        return f"ties {r.words[benefits[0]]!r} to the review asked for"
    return None


def gift_is_goods(r: Reading) -> bool:
    """Every gift word is part of what the buyer bought ("tu lote de regalo", "the gift set"),
    or what the buyer would give the shop ("cinque stelle ci fai un regalo"): the phrase
    lists' "regalo" is no incentive there."""
    found = plain(r, "benefit")
    return r.has("benefit") and all(given_to_us(r, i) for i in found)


def review_in_return(r: Reading) -> bool:
    """A review asked of the buyer "for it" ("Sie müssen dafür nur eine Rezension ..."): an
    exchange word before the review, the buyer addressed, no thanks (not "thank you for your
    review": one already written)."""
    found = reviews(r)
    exchange = exchange_words(r)
    return (
        bool(found and exchange) and exchange[0] < found[0] and r.has("you") and not r.has("thanks")
    )


def thanks_trigger(r: Reading) -> bool:
    """A trigger that is no mere time or condition ("after", "if"): "as a thank you", "in
    return", "in exchange" tie what follows to what was asked."""
    return bool(exchange_words(r))


def exchange_words(r: Reading) -> list[int]:
    """Triggers that are no mere time or condition: "as a thank you", "in return", "dafür"."""
    return [i for i, c in enumerate(r.concepts) if "trigger" in c and "condition" not in c]


def review_change(r: Reading, around: frozenset[str] = frozenset()) -> str | None:
    """BSM205: asks the buyer to change, update or remove a review; or, beside a sentence
    about their review, to change or remove "it" ("You left a one-star review. Now that the
    problem is solved, would you consider updating or removing it?")."""
    if not reviews(r):
        return review_referred(r) if "review" in around else None
    rewarded = bool(incentive_benefits(r))  # "if you withdraw it, we pay the shipping"
    for i in r.where("change"):
        if modified(r, i, ("negation",)) or "either" in r.concepts[i] or ours_to_do(r, i):
            continue  # "what could be improved": the other side of an honest review
        if change_asked(r, i) or r.in_clause("you", i):
            return f"asks to {r.words[i]!r} a review"  # not "thanks for it: we revised X"
        if change_requested(r, i):
            return f"asks to {r.words[i]!r} a review"  # "Le chiederemmo, se possibile, di ..."
        if rewarded and r.in_clause("condition", i):
            return f"offers something to {r.words[i]!r} a review"
    return None


def change_asked(r: Reading, index: int) -> bool:
    """The change word is asked for: in a question, or in a clause that requests it."""
    return r.question or r.in_clause("request", index)


def change_requested(r: Reading, index: int) -> bool:
    """A request put to the buyer before the change word, in an earlier clause too ("Le
    chiederemmo, se possibile, di ...", "wären wir Dir dankbar, wenn Du sie anpasst")."""
    asked = any(k < index and "thanks" not in r.concepts[k] for k in r.where("ask_buyer"))
    return asked or (any(k < index for k in r.where("request")) and r.has("you"))


def review_referred(r: Reading) -> str | None:
    """A change asked of the buyer with nothing else named to change: the review the
    paragraph speaks of ("zou u die willen aanpassen of verwijderen?")."""
    if any(r.has(c) for c in NAMED_TO_CHANGE):
        return None  # "could you change the delivery address?"
    asked = [
        i for i in r.where("change") if not (modified(r, i, ("negation",)) or ours_to_do(r, i))
    ]
    i = next((i for i in asked if change_asked(r, i) or change_requested(r, i)), None)
    return None if i is None else f"asks to {r.words[i]!r} the review it speaks of"


def ours_to_do(r: Reading, index: int) -> bool:
    """ "What we could improve", "co moglibyśmy poprawić": the shop's change, not the buyer's."""
    return r.before("at_us", index, OURS_REACH) and not r.in_clause("you", index)


def change_not_asked(r: Reading) -> bool:
    """A review and a change word, but no one asked to make it ("thanks for your review; we
    have changed the packaging"): the phrase lists' match is no request either."""
    return bool(reviews(r)) and r.has("change") and review_change(r) is None


def conditional_review(r: Reading, around: frozenset[str] = frozenset()) -> str | None:
    """BSM206: a review asked for only if the buyer is satisfied, or a positive one asked for;
    or, beside a review request, unhappy buyers sent elsewhere first."""
    found = reviews(r)
    if not found:
        return steering(r, around)
    top = r.where("top_rating")
    if top and not neutral_rating(r):
        return f"asks for the best rating ({r.words[top[0]]!r})"  # "liked it or not, 5 stars"
    steered = r.has("steer") and review_change(r) is None  # "before a negative review, write
    # to us" (not "rather than us ... take down the negative feedback": BSM205's)
    if r.has("either") and not steered:
        return None  # "an honest review, good or bad" is the neutral request
    for i in buyer_satisfied(r):
        k = min(i + 1, len(r.words) - 1)
        after = r.concepts[k] if r.clause_of[k] == r.clause_of[i] else frozenset()
        conditional = (
            r.before("condition", i, COND_REACH)
            or "condition" in after  # "memnun kaldıysanız" (not "piaciuto: se vuole, ...")
            or "condition" in r.concepts[i]  # "memnunsanız": the condition is a suffix
        )
        if conditional and not r.before("negation", i, COND_REACH):
            if review_change(r):
                break  # "update it, or take it down if you are happy now" is BSM205's
            return f"asks for a review only if satisfied ({r.words[i]!r})"
    if r.words and "consequence" in r.concepts[0] and asked_if_satisfied(around):
        return f"asks for a review only if satisfied ({r.words[0]!r}, after asking so)"
    if r.has("unhappy") and (r.has("condition") or r.has("request")) and not r.has("change"):
        return "steers unhappy buyers away from a review"  # (a change asked for is BSM205)
    neutral = neutral_rating(r)  # "no need for 5 stars": the rating named is not asked for
    said = {r.clause_of[k] for k in found}  # not "we hope it looks good, and ask ..."
    positive = [
        i
        for i in plain(r, "positive")
        if r.clause_of[i] in said and not (neutral and "top_rating" in r.concepts[i])
    ]
    if positive:
        return f"asks for a positive review ({r.words[positive[0]]!r})"
    return steering(r, around)


def asked_if_satisfied(around: frozenset[str]) -> bool:
    """The paragraph asks whether the buyer is satisfied ("Happy with your lamp? Then ..."),
    and names no other case ("... and if not, tell us": either way, no condition)."""
    return "satisfied" in around and not ({"negation", "unhappy", "otherwise"} & around)


def unconditional(r: Reading) -> bool:
    """No condition, whatever the phrase lists match: a review asked for either way ("om du
    är nöjd eller inte", "good or bad"), the best rating named but not asked for, or a review
    asked to be changed ("take it down if you're happy now": BSM205's)."""
    return r.has("either") or neutral_rating(r) or review_change(r) is not None


def neutral_rating(r: Reading) -> bool:
    """The best rating named, but not asked for: beside a low one ("1 star or 5, an honest
    review helps"), or negated ("you don't have to give us 5 stars")."""
    top = r.where("top_rating")
    low = r.has("low_rating") or r.has("unhappy")
    return bool(top) and (low or any(modified(r, i, ("negation",)) for i in top))


STEER_NEG_REACH = 2  # "no review needed", "kein Bewertung nötig": the negation is the review's


def steering(r: Reading, around: frozenset[str]) -> str | None:
    """In a paragraph that asks for a review: unhappy buyers told to come to the seller first
    or instead ("if you are not satisfied, contact us first"; "Not happy? Talk to us first";
    "if not, write to us first"), or told no review is needed."""
    if "review" not in around:
        return None
    unhappy = any("unhappy" in c and "steer" not in c for c in r.concepts)
    # "Not happy? ...", "Valt er iets tegen? Laat het ons eerst weten": said just before
    unhappy_before = "satisfied" in around and bool({"negation", "unhappy"} & around)
    if r.has("steer") and (unhappy or r.has("otherwise") or unhappy_before):
        return "steers unhappy buyers away from a review"
    feeling = "satisfied" in around or "unhappy" in around
    needless = r.has("need") and any(r.before("negation", i, STEER_NEG_REACH) for i in reviews(r))
    if feeling and needless:  # "no review needed", not "if you haven't reviewed it yet"
        return "tells unhappy buyers no review is needed"
    return None


def request_received(r: Reading) -> bool:
    """The buyer's own cancellation request stated as received ("we have received your
    cancellation request"): not under a condition, not negated, no "please" asking anything
    ("am schnellsten erhalten Sie Ihr Geld, wenn Sie stornieren" has no request in it)."""
    if r.has("please") or not r.has("cancel_noun"):
        return False
    noted = r.where("received") + r.where("noted")
    return any(
        not modified(r, i, ("negation", "condition")) and not buyer_receives(r, i) for i in noted
    )


def buyer_receives(r: Reading, index: int) -> bool:
    """The buyer is who receives ("you will receive", "dann erhalten Sie Ihr Geld"): a "you"
    just before or right after the word; not one that owns the request ("talebiniz", "Pani
    prośbę": the buyer's request, received by the seller)."""

    def owner(j: int) -> bool:
        return "message" in r.concepts[j] or (
            j + 1 < len(r.words) and "message" in r.concepts[j + 1]
        )

    near = range(max(0, index - 2), min(len(r.words), index + 2))
    return any("you" in r.concepts[j] and not owner(j) for j in near if j != index)


def cancel_request(r: Reading, around: frozenset[str] = frozenset()) -> str | None:
    """BSM108: the buyer asked, advised or told to cancel the order themselves."""
    done = [i for i in r.where("cancel_done") if not r.before("ask_buyer", i, len(r.words))]
    if done or request_received(r):  # (not "begär att beställningen avbryts": asked for)
        return None
    for i in r.where("cancel_verb"):
        if not_asked(r, i):
            continue
        if r.has("you") or r.has("self") or r.has("ask_buyer"):
            return f"asks the buyer to cancel ({r.words[i]!r})"
    for i in r.where("cancel_noun"):
        if not_asked(r, i):
            continue
        if r.has("ask_buyer"):
            return f"asks the buyer to request a cancellation ({r.words[i]!r})"
    return None


CANCEL_NEG_AFTER = 4  # "stornieren Sie die Bestellung nicht", "iptal etmenize gerek yok"


def cancel_negated(r: Reading, index: int) -> bool:
    """A cancel word negated: a negation just before it, or a few words after, in its clause."""
    if modified(r, index, ("negation",)):
        return True
    clause = r.clause_of[index]
    after = range(index + 1, min(len(r.words), index + CANCEL_NEG_AFTER + 1))
    return any(r.clause_of[i] == clause and "negation" in r.concepts[i] for i in after)


def cancel_refused(r: Reading) -> bool:
    """No request to cancel, whatever the phrase lists match: every cancel word negated
    ("please do not cancel"), the cancellation stated as done, or the buyer's own request
    received ("your cancellation request has been received")."""
    if r.has("cancel_done") or request_received(r):
        return True
    found = r.where("cancel_verb") + r.where("cancel_noun")
    return bool(found) and all(not_asked(r, i) for i in found)


def not_asked(r: Reading, index: int) -> bool:
    """A cancel word that asks nothing of the buyer: negated, left to their choice should the
    wait not suit them, or a keyword to reply with ("reply IPTAL": an opt-out, BSM305)."""
    return (
        cancel_negated(r, index)
        or cancel_offered(r, index)
        or keyword_reply(r, index)
        or removes_review(r, index)
        or cancels_invoice(r, index)
    )


def removes_review(r: Reading, index: int) -> bool:
    """A cancel word whose object is a review ("cancellare la recensione"): BSM205, not an
    order to cancel."""
    return any(
        index < k <= index + OBJECT_REACH and r.clause_of[k] == r.clause_of[index]
        for k in reviews(r)
    )


def cancels_invoice(r: Reading, index: int) -> bool:
    """A cancel word whose object is an invoice, before or after it ("faturayı iptal edip
    yeniden düzenleriz", "we cancel the invoice and issue a new one"): not the order."""
    return r.within("invoice_word", index, OBJECT_REACH, OBJECT_REACH)


OBJECT_REACH = 3  # "cancellare la recensione a una stella", "faturayı iptal"
STEERS = ("ask_buyer", "self", "please")  # "the quickest is", "yourself", "we'd be grateful"


def cancel_offered(r: Reading, index: int) -> bool:
    """ "If you would rather not wait, you can cancel": the buyer's choice not to wait (or a
    date that does not suit), under a condition or a negation, then a "you can" (or "you have
    the option") before or at the cancel word; not a question, no word that steers, and no
    other condition in between ("if you cannot wait, it would help us if you cancelled")."""
    if r.question or any(r.has(c) for c in STEERS):
        return False
    for k in r.where("choice"):
        if k >= index or not (r.in_clause("condition", k) or r.in_clause("negation", k)):
            continue
        if not any(k < m < index or r.clause_of[m] == r.clause_of[index] for m in r.where("may")):
            continue  # "..., haben Sie die Möglichkeit, ... zu stornieren": the choice is theirs
        between = [c for c in r.where("condition") if k + 1 < c < index]
        if not between and (r.clause_of[k] != r.clause_of[index] or r.has("condition")):
            return True  # "beklemek istemezseniz ... iptal edebilirsiniz": the suffix is it
    return False


def keyword_reply(r: Reading, index: int) -> bool:
    """A keyword written in capitals to reply with ("reply STOP", "IPTAL yazarak yanıt verin")."""
    return index in r.shouted and "stop_keyword" in r.concepts[index] and r.has("reply")


def tied_to_review(r: Reading) -> bool:
    """A benefit offered for a review in so many words ("a voucher for your review"): the
    incentive (BSM204), not a promotion, whatever the marketing phrases match."""
    return (r.has("trigger") or r.has("reward_verb")) and incentive(r) is not None


def promotion(r: Reading, around: frozenset[str] = frozenset()) -> str | None:
    """BSM203: a discount, a code, something new to buy, a channel to follow."""
    if tied_to_review(r):
        return None
    percent = shared_out(r)
    if r.has("return") or r.has("problem"):
        percent = False  # "a partial refund of 20 %" is no promotion
    discount = bool(plain(r, "discount"))
    if percent and (discount or r.has("range") or r.has("code")):
        return "promotes a discount"
    if discount and r.has("code"):
        return "promotes a discount code"
    if r.has("follow"):
        return f"invites the buyer to follow the shop ({r.word_of('follow')!r})"
    if r.has("browse") and r.has("our_shop"):  # "take a look at our shop", "bekijk onze winkel"
        return f"invites the buyer to look round the shop ({r.word_of('browse')!r})"
    newness = next(iter(plain(r, "newness")), None)
    if newness is not None and not r.has("replacement") and not modified(r, newness):
        return "advertises new products"
    return None


def opt_out(r: Reading, around: frozenset[str] = frozenset()) -> str | None:
    """BSM305: tells the buyer how to stop receiving messages."""
    if r.has("unsubscribe"):
        return "offers an opt-out"
    if r.has("no_longer") and r.has("receive") and r.has("messages"):
        return "offers an opt-out"
    if any(keyword_reply(r, i) for i in r.where("stop_keyword")):
        return "offers an opt-out by keyword"
    return None


ADJUST_NEG_REACH = 4  # "il ne vous sera pas facturé": the negation stands close to its verb


def near_negation(r: Reading, index: int, reach: int = ADJUST_NEG_REACH) -> bool:
    """A negation among the `reach` words before `index` or right after it, in its clause (not
    one in a set phrase: "stok yok gerekçesiyle düzelttik" is adjusted, for want of stock)."""
    clause = r.clause_of[index]
    for i in range(max(0, index - reach), min(len(r.words), index + AFTER_REACH + 1)):
        if i == index or r.clause_of[i] != clause:
            continue
        if "negation" in r.concepts[i] and "idiom" not in r.concepts[i]:
            return True
    return False


def adjustment(r: Reading) -> str | None:
    """BSM107: the order amount stated as adjusted, reduced or refunded, or the buyer told they
    will not be charged; not a condition or a request ("if you cancel, we refund")."""
    after = after_cancel_request(r)
    for i in r.where("adjusted"):
        if near_negation(r, i) or r.before("condition", i, COND_REACH) or i > after:
            continue
        return f"confirms the adjustment ({r.words[i]!r})"
    for i in r.where("charged"):
        if near_negation(r, i):
            return f"says the buyer is not charged ({r.words[i]!r})"
    money = r.has("amount") or r.has("benefit")
    for i in r.where("money_back"):
        if i > after:
            continue
        if money and not near_negation(r, i) and not r.before("condition", i, COND_REACH):
            return f"says the amount goes back to the buyer ({r.words[i]!r})"
    if r.has("cancel_done"):
        return "says the order is cancelled"
    return None


def after_cancel_request(r: Reading) -> int:
    """Where a request to cancel, or a condition on the buyer cancelling, starts: what follows
    is its outcome, not an adjustment made ("cancel it yourself - you'll get your money back",
    "iptal talebi oluşturursanız ..., iadeyi Amazon yapar", "if you could send a cancellation
    request, the refund is fastest"; not "we adjusted the amount, but best is to cancel")."""
    cancels = r.where("cancel_verb") + r.where("cancel_noun")
    if cancels and r.has("condition") and r.has("you"):  # "if you cancel, we refund"
        return min(r.where("condition"))  # (not "we adjusted it; best is if you cancel")
    if cancel_request(r) is None:
        return len(r.words)
    return min(cancels, default=len(r.words))


def return_reason(r: Reading) -> str | None:
    """BSM109: asks for information the return needs, or offers a partial refund."""
    info = [i for i in r.where("info") if not modified(r, i, ("negation",))]
    asked = r.question or r.has("request")
    if info and (asked or r.has("need")):
        return f"asks for information ({r.words[info[0]]!r})"
    if r.question and (
        not r.has("help") or asks_to_be_told(r) or asked_of_you(r) or r.has("shop_question")
    ):
        return "asks the buyer a question"  # "Ist das Ladegerät noch vorhanden?"
    needs = [i for i in r.where("need") if not modified(r, i, ("negation",))]
    if needs and ((asked and not r.has("help")) or shop_needs(r)):
        return f"asks the buyer for what the return needs ({r.words[needs[0]]!r})"
    money = r.has("benefit") or r.has("adjusted") or r.has("amount")  # not "the return" alone
    amount = any(w.isdigit() for w in r.words)
    if (money or amount) and (r.has("partial") or r.has("keep")):
        return "offers a partial refund"
    if money and amount and r.has("advice"):
        return "proposes a refund of an amount"  # "899 TL'nin 720 TL'sini iade etmeyi öneriyoruz"
    return None
