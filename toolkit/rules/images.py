"""What an image in a message is: the seller's brand (a logo or banner), the purchased product,
or something else. Read from its alt text, title, class, id and address, with the shop's name
when it is known (the order document's seller.name, else the project's) and the words of
data/images.toml. BSM304, BSM310 and BSM311 ask these questions."""

from __future__ import annotations

import re

from toolkit import urls
from toolkit.dom import HtmlElement
from toolkit.image_words import MIN_NAME, WORD, ImageWords, folded, squashed, words
from toolkit.rules.base import Subject

NAMED_ATTRIBUTES = ("alt", "title", "class", "id")
PRODUCT_IMAGE_PATHS = ("/images/i/", "/images/p/")  # Amazon's catalog image paths
SIGN_OFF_LINES = 3  # the last lines of a message, where the shop signs
TITLE_SHARE = 0.6  # the share of an alt text's words a product title must hold to be its image
MIN_TITLE_WORDS = 2
SHOWN_LETTERS = 6  # "skateboard", "theepot": a thing's name, not "with", "black"
MIN_WORD_LETTERS = 3  # "i", "et", "de" join; they neither name nor describe
COMPOUND = re.compile(r"[^\W_]+(?:-[^\W_]+)+")  # "Eichenholz-Wanduhr", "Ahorn-Deck"
NAME_WORDS = 4  # "Soleil Décor", "Kissenecke": a shop's name signing a message is short
HEAD_LETTERS = 5  # "Decke" of "Wolldecke": a compound's head is a thing, not an ending
COMPOUND_HEAD_LETTERS = 4  # "pläd" of "ullpläd", named in the file too: a thing, not an ending
ENDING_LETTERS = 3  # "kopp" + "en", "Tasse" + "n": the same word with an ending


def address_words(src: str) -> list[str]:
    """The words of an image's address: its folders and file name (a data: URI's payload and
    a web address's host are left out)."""
    return words(address_path(src))


def address_path(src: str) -> str:
    """An image address's folders and file name, as written ("/stock/mock-up.jpg")."""
    if src.lower().startswith("data:"):
        return ""
    parsed = urls.parse(src)
    return parsed.path if parsed is not None and parsed.host else src.split(":", 1)[-1]


def host_labels(src: str, words_list: ImageWords) -> list[str]:
    """The labels of an image's host that can name a shop ("hogarserrano" of
    "cdn.hogarserrano.es"; not "cdn", "images", "cloudfront")."""
    parsed = urls.parse(src)
    if parsed is None or not parsed.host:
        return []
    labels = [folded(label) for label in parsed.host.split(".")[:-1]]
    return [
        "".join(WORD.findall(label))
        for label in labels
        if len(label) >= MIN_NAME and label not in words_list.generic_hosts
    ]


def image_words(img: HtmlElement) -> list[str]:
    found = []
    for attribute in NAMED_ATTRIBUTES:
        found += words(img.get(attribute) or "")
    return found + address_words(img.get("src") or "")


def marked_as_stock(s: Subject, img: HtmlElement) -> bool:
    """Its alt, title, class, id, file name or host says it is a stock photo."""
    src = img.get("src") or ""
    parsed = urls.parse(src)
    host = words(parsed.host) if parsed is not None and parsed.host else []
    return not s.image_words.stock.isdisjoint(image_words(img) + host)


def marked_as_brand(s: Subject, img: HtmlElement) -> bool:
    """Its alt, title, class, id or file name says logo, banner, header ... (any language)."""
    if not s.image_words.brand.isdisjoint(image_words(img)):
        return True
    named = " ".join((img.get(a) or "") for a in (*NAMED_ATTRIBUTES, "src"))
    return any(p.first("logo_words", named) for p in s.phrases)


def sign_off_lines(s: Subject) -> list[str]:
    lines = []
    for _, text in s.body_texts():
        lines += [line for line in text.splitlines() if line.strip()][-SIGN_OFF_LINES:]
    return lines


def names_the_shop(s: Subject, img: HtmlElement) -> bool:
    """Its alt text (or title) is the shop's name: the seller's name when known; else the name
    of the web address it is served from ("Hogar Serrano" from cdn.hogarserrano.es), or a line
    the message signs with ("Van Dijk Kookwaren" above the sign-off's "Van Dijk Kookwaren")."""
    table = s.image_words
    alt = squashed(img.get("alt") or img.get("title") or "", table)
    src = img.get("src") or ""
    shop = squashed(s.seller_name, table) if s.seller_name else ""
    if len(shop) >= MIN_NAME and (shop in alt or shop in "".join(address_words(src))):
        return True
    if len(alt) < MIN_NAME:
        return False
    if any(label in alt or alt in label for label in host_labels(src, table)):
        return True
    return any(squashed(line, table) == alt for line in sign_off_lines(s))


def is_brand_image(s: Subject, img: HtmlElement) -> bool:
    return marked_as_brand(s, img) or names_the_shop(s, img)


def is_signature(s: Subject, img: HtmlElement) -> bool:
    """Its alt, title, class, id or file name says signature ("Signature de Claire Dufour",
    "Ahmet Demir imzası"): the business's own image, as a logo is."""
    return not s.image_words.signature.isdisjoint(image_words(img))


def named_like_a_logo(s: Subject, img: HtmlElement) -> bool:
    """Its file name carries the name another image of the message marks as the brand's (a
    badge "kirtasiye-demir-1987-rozet.png" beside the logo whose alt is "Kırtasiye Demir")."""
    table = s.image_words
    address = "".join(address_words(img.get("src") or ""))
    for other in s.root.iter("img"):
        if other is img or not marked_as_brand(s, other):
            continue
        name = squashed(other.get("alt") or other.get("title") or "", table)
        if len(name) >= MIN_NAME and name in address:
            return True
    return False


def product_image(s: Subject, img: HtmlElement) -> str | None:
    """Why an image shows the purchased product, or None: Amazon's catalog picture; with the
    order, its ASIN or its title; without, an alt or address that says "product", or an alt
    whose words the message's text speaks of ("Gietijzeren theepot zwart" above "een recensie
    over de gietijzeren theepot")."""
    src, alt = img.get("src") or "", img.get("alt") or ""
    parsed = urls.parse(src.lower())
    if (
        parsed is not None
        and s.policy.is_amazon_link(parsed)
        and any(p in parsed.path for p in PRODUCT_IMAGE_PATHS)
    ):
        return "an image of a product from Amazon's catalog"
    if marked_as_brand(s, img) or marked_as_stock(s, img):
        return None  # the shop's own; a stock photo, of no one's order
    shown = alt or src
    if s.doc is not None:
        for item in s.doc.order.items:
            asin = item.asin.lower()
            if asin and (asin in src.lower() or asin in alt.lower()):
                return f"an image of the purchased product ({shown})"
            if alt and shows_title(alt, item.title):
                return f"an image of the purchased product ({shown})"
    if not s.image_words.product.isdisjoint(image_words(img)):
        return f"an image of a product ({shown})"
    occasions = s.image_words.occasion  # "Árbol de Navidad": the season's, not the order's
    found = [w for w in WORD.findall(alt) if folded(w) not in occasions]
    written, head = telling(found), before_joins(found)
    texts = [text for _, text in s.body_texts()]
    filed = address_words(src)
    if any(w[:1].islower() for w in written) and any(  # not a name ("Teeladen Ostfriesland")
        shows_title(alt, text) or text_names_it(written, head, text, filed) for text in texts
    ):
        return f"an image of what the message is about ({shown})"  # "de gietijzeren theepot"
    if written and any(thing_named(written[0], filed, text) for text in texts):
        return f"an image of what the message is about ({shown})"
    return None


def thing_named(head: str, filed: list[str], text: str) -> bool:
    """An alt's first word, capitalised as a title is ("Kubek Bolesławiec Pawie Oczko 350 ml"),
    that its file name holds too and the text writes in lower case, maybe inflected ("czy kubek
    z zamówienia", "hur trivs du med koppen"): a thing the message speaks of, not a name."""
    word = folded(head)
    if len(word) <= MIN_WORD_LETTERS or word not in filed:
        return False
    if any(inflected(w, word) for w in things_said(text)):
        return True
    heads = (t for t in words(unsigned(text)) if HEAD_LETTERS <= len(t) <= len(word))
    if any(word.endswith(t) for t in heads):
        return True  # "Samtkissen" of the alt, "das Kissen" (or "Ihre Fahrradklingel") of the
        # text: the compound's head, or the noun itself, capitalised as German writes it
    # a German noun is capitalised, but no name ends a compound: "die Eichenholz-Wanduhr"
    return any(inflected(folded(c.rsplit("-", 1)[1]), word) for c in COMPOUND.findall(text))


def inflected(written: str, word: str) -> bool:
    """`written` is `word` or `word` with an ending ("koppen", "kubka" is not: its stem moved)."""
    return written.startswith(word) and len(written) - len(word) <= ENDING_LETTERS


def words_as_written(text: str) -> list[str]:
    """The words of an alt text in their own case: a name is capitalised throughout."""
    return telling(WORD.findall(text))


def things_said(text: str) -> set[str]:
    """The words a text writes in lower case, folded: things, not names."""
    return {folded(w) for w in words_as_written(text) if w[:1].islower()}


def telling(found: list[str]) -> list[str]:
    """The words that name or describe: not a short join ("i", "et", "de") nor a number."""
    return [w for w in found if len(w) >= MIN_WORD_LETTERS and not w.isdigit()]


def text_names_it(written: list[str], head: list[str], text: str, filed: list[str]) -> bool:
    """A long word of the alt, the thing shown ("Skateboard Ahorn-Deck schwarz", "Maple deck
    skateboard, black"), is a word of the text ("dein Skateboard aus Bestellung ..."); so is a
    shorter one of its `head` the file's name holds too ("plaid-mosgroen.jpg", "de plaid uit
    uw bestelling"; not "playa" of "Palmeras en una playa" beside a "toalla de playa")."""
    said = set(words(unsigned(text)))
    things = things_said(text)
    return any(len(w) >= SHOWN_LETTERS and folded(w) in said for w in written) or any(
        folded(w) in filed and any(head_inflected(t, folded(w)) for t in things) for w in head
    )  # "karaff" of the alt, "karaffen" of the text; "ullpläd" of the alt, "pläden"


def head_inflected(written: str, word: str) -> bool:
    """`written` is `word`, or the head of the compound `word` is ("pläden" of "ullpläd"),
    with an ending: the thing itself, named without what it is made of."""
    return any(
        inflected(written, word[k:]) for k in range(max(1, len(word) - COMPOUND_HEAD_LETTERS + 1))
    )


def unsigned(text: str) -> str:
    """The text without the name it signs with: a last line of a few capitalised words
    ("Soleil Décor" under a delay notice says nothing of the sunset an image shows)."""
    lines = text.rstrip().splitlines()
    last = WORD.findall(lines[-1]) if lines else []
    if 0 < len(last) <= NAME_WORDS and all(w[:1].isupper() for w in last):
        return "\n".join(lines[:-1])
    return text


def before_joins(words_of_alt: list[str]) -> list[str]:
    """The alt's words before its first short join ("Palmeras" of "Palmeras en una playa al
    atardecer", "Gebreide sjaal oker" of "... 180 cm"): the thing shown; after "en", "on",
    "in" comes where it is or what it is made of."""
    head: list[str] = []
    for w in words_of_alt:
        if w.islower() and len(w) < MIN_WORD_LETTERS:
            break  # "en", "on", "am", "på" (not "vas", "mug": a thing)
        head.append(w)
    return telling(head)


def shows_title(alt: str, title: str) -> bool:
    """An alt text that is the product's title, or most of its words."""
    if words(alt) == words(title):
        return True
    alt_words = telling(words(alt))
    if len(alt_words) < MIN_TITLE_WORDS:
        return False
    in_title = set(words(title))
    return sum(w in in_title for w in alt_words) / len(alt_words) >= TITLE_SHARE
