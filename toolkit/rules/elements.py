"""BSM3xx: elements a message may not contain (links, attachments, images, contact data)."""

from __future__ import annotations

import base64
import binascii
import io
import re
import struct
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING
from urllib.parse import unquote

from toolkit import dom, urls
from toolkit.detect import Span
from toolkit.dom import HtmlElement
from toolkit.model import Severity
from toolkit.policy import Policy
from toolkit.rules import Rule, judges
from toolkit.rules.base import Hit, Subject
from toolkit.rules.content import SIGNATURE_LINES, everywhere_hits, in_a_name, phrase_hits
from toolkit.rules.images import (
    address_path,
    is_brand_image,
    is_signature,
    named_like_a_logo,
    product_image,
)
from toolkit.rules.reading import sentence_hits

if TYPE_CHECKING:  # Pillow is imported when a message has an image to read
    from PIL import ImageFile

    from toolkit.rules.phrases import Phrases

PHONE_SCHEMES = frozenset({"tel", "sms", "callto"})  # BSM309 says these
CONTACT_SCHEMES = PHONE_SCHEMES | {"mailto"}  # BSM308 and BSM309 say these, not BSM301
PHONE_CONTEXT_BEFORE, PHONE_CONTEXT_AFTER = 80, 60  # how far a "warranty line" label may stand
UNKNOWN_KIND = "unknown"  # an attachment whose purpose the reader could not tell
SIGNED_DOMAIN_WORDS = 4  # "Ihr Team von Puzzleecke.de": a signature line that ends in the name
LEGAL_FORM_TOKENS = 3  # "Sp. z o.o.", "S.r.l.", "GmbH & Co. KG" is four: not a name's form
LEGAL_FORM_LETTERS = 3  # "o.o.", "e.K." are a form's; "shop", "sells" are words
SENTENCE_MARK = re.compile(
    r"[!?:;]|\.\s"
)  # a sentence, not a signature (the name's own dot is none)
MAX_FRAMES_COUNTED = 50  # an animation is reported as "50 or more frames" past this
MAX_FRAME_PIXELS = 1_000_000  # frames of larger pictures are not stepped through (decoding)


def links(s: Subject) -> Iterator[tuple[HtmlElement, str]]:
    for a in s.root.iter("a", "area"):
        href = (a.get("href") or "").strip()
        if href:
            yield a, href


def link_address(s: Subject, href: str) -> urls.ParsedUrl | None:
    """`urls.link_address`, read once for BSM301, BSM302 and BSM304 (and kept in the memo:
    a template's links come back in every message)."""
    return s.memo.recall(("link", href), urls.link_address, href)


def web_address(s: Subject, url: str) -> urls.ParsedUrl | None:
    """`urls.web_address`, the same way."""
    return s.memo.recall(("web", url), urls.web_address, url)


def allowed_hosts(s: Subject) -> frozenset[str]:
    return frozenset(s.doc.allowed_hosts) if s.doc else frozenset()


def is_script_link(url: str, policy: Policy) -> bool:
    """javascript:, vbscript:, data: ...: BSM312's, not BSM301's."""
    return dom.is_unsafe_url(url, policy) or urls.scheme_of(url) in policy.unsafe_link_schemes


def not_https(parsed: urls.ParsedUrl) -> bool:
    """A link that does not open over https: http:, ftp:, file: ..., and "//host", which takes
    whatever scheme the reader's page has. mailto: and tel: are BSM308's and BSM309's."""
    if parsed.relative:
        return bool(parsed.host)  # a path or a fragment goes nowhere off the page
    return parsed.scheme != "https" and parsed.scheme not in CONTACT_SCHEMES


def check_insecure_link(s: Subject) -> Iterator[Hit]:
    reported: set[str] = set()
    for a, href in links(s):
        parsed = link_address(s, href)
        if parsed and not_https(parsed) and not is_script_link(href, s.policy):
            reported.add(href)
            yield Hit(f"link to {href} is not https", element=a)
    for part, text in s.texts():
        for start, _, url in s.detectors.urls(text):
            parsed = web_address(s, url)
            if parsed is None or not not_https(parsed) or url in reported:
                continue
            if part != "html":
                yield Hit(f"link {url} is not https", part=part, offset=start, needle=url)
            else:
                yield Hit(f"link {url} in the text is not https", part=part, needle=url)


def seller_link_problem(url: str, policy: Policy) -> tuple[str, str] | None:
    """Why a link the seller gives (message.links) cannot go in a message: (rule id, why).

    Stricter than what the rules read in HTML: the link is written for the buyer to follow,
    so it must be a full https address; nothing in it may be dropped without a word.
    """
    parsed = urls.parse(url)
    if is_script_link(url, policy):
        return "BSM312", f"{url!r} is a script or data address, not a link"
    if parsed is None:
        return "BSM301", f"{url!r} is no address a browser can open"
    if parsed.scheme in CONTACT_SCHEMES:
        return None  # the message says it: BSM308 or BSM309
    if parsed.relative or not parsed.host:
        return "BSM301", f"{url!r} is not a full https address"
    if parsed.scheme != "https":
        return "BSM301", f"{url!r} is not https"
    return None


def check_external_link(s: Subject) -> Iterator[Hit]:
    extra = allowed_hosts(s)
    seen: set[str] = set()
    candidates: list[tuple[str, urls.ParsedUrl | None, Hit]] = []
    for a, href in links(s):
        candidates.append((href, link_address(s, href), Hit("", element=a)))
    for part, text in s.texts():
        named = [d for d in s.detectors.domains(text) if not written_as_a_name(s, text, d)]
        for start, _, url in s.detectors.urls(text) + named:
            where = Hit("", part=part, offset=start, needle=url)
            candidates.append((url, web_address(s, url), where))
    for url, parsed, where in candidates:
        if parsed is None or parsed.scheme not in ("https", "") or not parsed.host:
            continue  # http is BSM301; mailto is BSM308; relative links go nowhere
        if url in seen or s.policy.is_amazon_link(parsed) or urls.link_allowed(parsed, extra):
            continue
        seen.add(url)
        yield Hit(
            f"link to {parsed.host} with a user name before the host ({url}): that is how a "
            "link is made to look like another site's"
            if parsed.userinfo
            else f"link to {parsed.host}, which is neither Amazon's nor declared as needed "
            "for the order",
            part=where.part,
            element=where.element,
            offset=where.offset,
            needle=where.needle,
        )


def written_as_a_name(s: Subject, text: str, domain: Span) -> bool:
    """A shop whose name is its domain, signing on a line of its own ("KeukenKoning.nl" under
    the sender's name; "Ihr Team von Puzzleecke.de", a closing, as the message's last line): a
    name, not a pointer to a page. A domain in a sentence, with a path, on its own line after a
    label ("Our range:"), or after other words ("Powered by HTMLemail.io") still points
    somewhere."""
    start, end, found = domain
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip().rstrip(".")
    at = line.find(found)
    if "/" in found or at < 0 or not legal_form(line[at + len(found) :]):
        return False
    line = line[: at + len(found)]  # "Jasno.pl Sp. z o.o.": the name, then its company form
    if line != found:  # a signature's line that ends in the name
        words = line.split()
        if len(words) > SIGNED_DOMAIN_WORDS or SENTENCE_MARK.search(line):
            return False
        last = line_end < 0 or not text[line_end:].strip()
        if last and all(w[:1].isupper() for w in words):
            return True  # "Jeroen, Fietsbel.nl": a name and the shop's
        if not (last or (found[:1].isupper() and line[:at].rstrip().endswith(","))):
            return False  # "Dział obsługi klienta, Lumenka.pl" may have a footer below it
        above = [a.strip() for a in text[:line_start].splitlines() if a.strip()]
        block = [line, *above[-SIGNATURE_LINES:]]  # "Met vriendelijke groet," / "Anouk Smits"
        return any(closes(p, b) for p in s.phrases for b in block)
    before = text[:line_start].rstrip()
    return not before.endswith(":")


def legal_form(rest: str) -> bool:
    """Nothing, or a company form after a name ("Sp. z o.o.", "GmbH", "B.V."): a few short or
    capitalised tokens, no word of a sentence."""
    if rest and not rest[0].isspace():
        return False  # "lampenhuis.nl/aanbiedingen": a path, the name goes on
    tokens = rest.split()
    return len(tokens) <= LEGAL_FORM_TOKENS and not any(
        t[:1].islower() and len(t.strip(".,")) > LEGAL_FORM_LETTERS for t in tokens
    )


def closes(phrases: Phrases, line: str) -> bool:
    """A line that opens with a closing ("Ihr Team von ...", "Met vriendelijke groet,")."""
    found = phrases.first("closing", line)
    return found is not None and found.start() == 0


def check_attachments(s: Subject) -> Iterator[Hit]:
    mtype = s.mtype
    total = 0
    for index, att in enumerate(s.message.attachments):
        total += att.size
        if att.kind == UNKNOWN_KIND:
            yield Hit(
                f"{att.filename}: not recognisably one of what a buyer may need "
                f"({', '.join(sorted(s.policy.attachment_kinds))}); name it for what it is, "
                "or leave it out",
                part="attachment",
                offset=index,
            )
        elif att.kind not in s.policy.attachment_kinds:
            yield Hit(
                f"{att.filename}: kind {att.kind!r} is not needed to solve a buyer's problem "
                f"(allowed: {', '.join(sorted(s.policy.attachment_kinds))})",
                part="attachment",
                offset=index,
            )
        elif mtype is not None and att.kind not in mtype.attachment_kinds:
            allowed = ", ".join(sorted(mtype.attachment_kinds)) or "none"
            yield Hit(
                f"{att.filename}: a {mtype.id} message takes no {att.kind} attachment "
                f"(allowed: {allowed})",
                part="attachment",
                offset=index,
            )
        else:  # the bytes themselves: what the name and the kind say it is, it must be
            wrong = s.file_types.mismatch(att.filename, att.kind, att.mime_type, att.content)
            if wrong:
                yield Hit(wrong, part="attachment", offset=index)
    count, limit = len(s.message.attachments), s.policy.attachment_max_count
    if count > limit:
        yield Hit(f"{count} attachments; a message takes at most {limit}", part="attachment")
    if total > s.policy.attachment_max_total_bytes:
        yield Hit(
            f"attachments total {total:,} bytes, over the limit of "
            f"{s.policy.attachment_max_total_bytes:,}",
            part="attachment",
        )
    if mtype is not None and mtype.attachments_required and not s.message.attachments:
        yield Hit(
            f"a {mtype.id} message carries its document as an attachment, and has none",
            part="attachment",
        )


def is_logo(s: Subject, img: HtmlElement) -> bool:
    """The seller's logo or banner: marked as one, or named for the shop (rules/images.py)."""
    return is_brand_image(s, img)


def check_linked_logo(s: Subject) -> Iterator[Hit]:
    for a, href in links(s):
        logos = [img for img in a.iter("img") if is_logo(s, img)]
        parsed = link_address(s, href) if logos else None
        if parsed is None or not parsed.host or s.policy.is_amazon_link(parsed):
            continue  # an anchor, mailto: or Amazon itself is no website of the seller's
        for img in logos:
            yield Hit(f"a logo that links to {parsed.host}", element=img)
    for img in s.root.iter("img"):
        alt = img.get("alt") or ""
        if is_logo(s, img) and (s.detectors.urls(alt) or s.detectors.domains(alt)):
            yield Hit(f"a logo that shows a website: {alt!r}", element=img)


def check_opt_out(s: Subject) -> Iterator[Hit]:
    in_links: set[str] = set()
    for a, href in links(s):
        text = dom.link_text(a)
        for phrases in s.phrases:
            m = phrases.first("opt_out", text) or phrases.first("opt_out", href.replace("-", " "))
            if m:
                in_links.add(m.group().lower())
                yield Hit(f"an opt-out link: {text or href!r}", element=a)
                break
    for hit in sentence_hits(s, judges.opt_out, "an opt-out", phrase_list="opt_out"):
        said = (hit.needle or "").lower()
        if not (hit.part == "html" and any(found in said for found in in_links)):
            yield hit


def check_sensitive(s: Subject) -> Iterator[Hit]:
    skip = partial(in_a_name, s.detectors)  # a line of names: "Los Capullos"
    yield from phrase_hits(s, "sensitive", "offensive, erotic or violent language", skip)
    yield from everywhere_hits(s, "sensitive_everywhere", "offensive, erotic or violent language")


def check_tracking_pixel(s: Subject) -> Iterator[Hit]:
    for img in s.root.iter("img"):
        reason = dom.tracking_reason(img, s.policy, s.styles)
        if reason:
            yield Hit(f"tracking pixel: {reason}", element=img)
            continue
        data = image_data(s, img.get("src") or "")
        size = image_size(data) if data else None
        if size and max(size[0], size[1]) <= s.policy.tracking_pixel_max_px:
            yield Hit(f"tracking pixel: the image file is {size[0]}x{size[1]} px", element=img)


def check_email(s: Subject) -> Iterator[Hit]:
    linked: set[str] = set()
    for a, href in links(s):
        parsed = urls.parse(href) if urls.scheme_of(href) == "mailto" else None
        if parsed is not None:
            address = unquote(parsed.path)
            linked.add(address.lower())
            yield Hit(f"a mailto: link ({address})" if address else "a mailto: link", element=a)
    for part, text in s.texts():
        for start, _, found in s.detectors.emails(text):
            if part == "html" and found.lower() in linked:
                continue  # the mailto: link's own text, said once
            yield Hit(f"an e-mail address: {found!r}", part=part, offset=start, needle=found)


def check_phone(s: Subject) -> Iterator[Hit]:
    regions = s.phone_regions
    for a, href in links(s):
        if urls.scheme_of(href) in PHONE_SCHEMES:
            yield Hit(f"a phone link ({href})", element=a)
    for part, text in s.texts():
        for start, end, found in s.detectors.phones(text, regions):
            if any(
                p.first("phone_allowed_context", phone_context(text, start, end)) for p in s.phrases
            ):
                continue  # a warranty, manufacturer or supplier number is allowed
            yield Hit(f"a phone number: {found!r}", part=part, offset=start, needle=found)


def phone_context(text: str, start: int, end: int) -> str:
    """The words around a phone number within its sentence: what says whose number it is."""
    before = text[max(0, start - PHONE_CONTEXT_BEFORE) : start]
    after = text[end : end + PHONE_CONTEXT_AFTER]
    before = re.split(r"[.!?\n]\s", before)[-1]
    after = re.split(r"[.!?\n](?:\s|$)", after)[0]
    return f"{before} {after}"


def check_product_image(s: Subject) -> Iterator[Hit]:
    for img in s.root.iter("img"):
        reason = product_image(s, img)
        if reason:
            yield Hit(reason, element=img)


def check_unrelated_image(s: Subject) -> Iterator[Hit]:
    for img in s.root.iter("img"):
        if dom.tracking_reason(img, s.policy, s.styles) or product_image(s, img):
            continue  # BSM307 or BSM310 says it
        if is_logo(s, img) or is_signature(s, img) or named_like_a_logo(s, img):
            continue  # the brand's or the business's own
        path = address_path(img.get("src") or "")  # not its host ("kerstshop-voorbeeld.nl")
        words = " ".join([*((img.get(a) or "") for a in ("alt", "class", "id", "title")), path])
        if any(p.first("related_image_words", words) for p in s.phrases):
            continue
        yield Hit(
            f"an image that is neither the brand's nor needed for the message "
            f"({(img.get('alt') or img.get('src') or '')[:60]!r})",
            element=img,
        )


def check_active_content(s: Subject) -> Iterator[Hit]:
    offences = s.measured.active_content
    if offences is None:  # no enforcement pass ran on this tree
        offences = dom.active_content(s.root, s.policy, s.elements.tagged)
    for offence in offences:
        yield Hit(offence.what, element=offence.element)


def image_data(s: Subject, src: str) -> bytes | None:
    """The bytes of an image the checker can read: a cid: part, a local file, a data: URI."""
    return s.image_bytes.get(src) or data_uri_bytes(src)


def image_header(data: bytes) -> ImageFile.ImageFile | None:
    """The picture's header (size, format), read without decoding a pixel, whatever its size.

    `Image.open` refuses a picture over ~179 megapixels (DecompressionBombError): that would
    hide from BSM406 exactly the oversized images it is about. Pillow's plugins are asked in
    turn, as `Image.open` does, without its bomb check; nothing here decodes the pixels.
    """
    from PIL import Image

    Image.init()
    prefix = data[:16]
    for fmt in Image.ID:
        factory, accept = Image.OPEN[fmt]
        if accept is not None and accept(prefix) is not True:
            continue
        try:
            return factory(io.BytesIO(data), "")
        except (SyntaxError, IndexError, TypeError, struct.error, OSError, ValueError, EOFError):
            continue
    return None


def image_size(data: bytes) -> tuple[int, int] | None:
    im = image_header(data)
    if im is None:
        return None
    with im:
        return im.size


def image_frames(data: bytes) -> int:
    """Frames of an animation, counted up to MAX_FRAMES_COUNTED (each seek decodes a frame)."""
    from PIL.Image import DecompressionBombError

    im = image_header(data)
    if im is None:
        return 1
    with im:
        if im.width * im.height > MAX_FRAME_PIXELS:
            return 1  # too large to step through; BSM406 reports its size
        frames = 1
        try:
            while frames < MAX_FRAMES_COUNTED:
                im.seek(frames)
                frames += 1
        except (EOFError, OSError, ValueError, struct.error, DecompressionBombError):
            pass  # the last frame, or a broken one: what was counted stands
        return frames


def data_uri_bytes(src: str) -> bytes | None:
    """The bytes of a base64 `data:` image address."""
    head, sep, payload = src.partition(",")
    if not sep or not head.lower().startswith("data:image/") or ";base64" not in head.lower():
        return None
    try:
        return base64.b64decode(payload.strip(), validate=False)
    except (binascii.Error, ValueError):
        return None


RULES = (
    Rule(
        id="BSM301",
        name="insecure-link",
        severity=Severity.ERROR,
        clause="beveiligde en werkende links ... (https, niet http)",
        summary="a link that is not https",
        why="Only secure links are allowed.",
        example='<a href="http://www.amazon.nl/gp/help">Amazon help</a>',
        good='<a href="https://www.amazon.nl/gp/help">Amazon help</a>',
        fix="Use the https address.",
        fixable=False,
        needs=frozenset(),
        check=check_insecure_link,
    ),
    Rule(
        id="BSM302",
        name="unneeded-external-link",
        severity=Severity.ERROR,
        clause="die nodig zijn voor het voltooien van de bestelling of links naar Amazon",
        summary="an https link to a host that is neither Amazon's nor declared as needed",
        why="Links may only go to Amazon or to what the buyer needs to complete the order.",
        example='<a href="https://myshop.example/sale">our shop</a>',
        good='<a href="https://www.amazon.nl/gp/css/order-history">your orders on Amazon</a>',
        fix="Remove the link, or declare its host in seller.allowed_hosts when the buyer needs it.",
        fixable=False,
        needs=frozenset(),
        check=check_external_link,
    ),
    Rule(
        id="BSM303",
        name="forbidden-attachment",
        severity=Severity.ERROR,
        clause="Bijlagen voor items die nodig zijn om het probleem van een koper op te lossen",
        summary="an attachment not needed to solve the buyer's problem, over 10 MB in all, or "
        "whose content is not what its name and kind say (an invoice is a PDF)",
        why="Attachments are allowed only when the buyer needs them: shipping label, invoice, "
        "custom design proof, instructions, warranty.",
        example="a product catalogue PDF with a delivery-delay message",
        good="the invoice PDF with an invoice message",
        fix="Remove the attachment.",
        fixable=False,
        needs=frozenset(),
        check=check_attachments,
    ),
    Rule(
        id="BSM304",
        name="linked-logo",
        severity=Severity.ERROR,
        clause="Logo's, als ze een link naar je website bevatten of weergeven",
        summary="a logo or banner (marked as one, or named for the shop) that links to, or "
        "shows, the seller's website",
        why="A logo may identify the seller, not lead the buyer off Amazon.",
        example='<a href="https://myshop.example"><img src="cid:logo" alt="Winkel logo"></a>',
        good='<img src="cid:logo" alt="Winkel logo">',
        fix="Unlink the logo.",
        fixable=False,
        needs=frozenset(),
        check=check_linked_logo,
    ),
    Rule(
        id="BSM305",
        name="opt-out-link",
        severity=Severity.ERROR,
        clause="Een link om je af te melden voor berichten",
        summary="an unsubscribe or opt-out link or instruction",
        why="Buyers manage message preferences on Amazon; an opt-out suggests marketing mail.",
        example='<a href="https://x.example/u">Unsubscribe</a>',
        good="(nothing: buyers choose on Amazon which messages they get)",
        fix="Remove it.",
        fixable=False,
        needs=frozenset(),
        check=check_opt_out,
    ),
    Rule(
        id="BSM306",
        name="sensitive-content",
        severity=Severity.ERROR,
        clause="Gevoelige inhoud in afbeeldingen of tekst",
        summary="offensive, erotic or violent language",
        why="Messages may not contain offensive, erotic or violent language or images.",
        example="This stupid courier lost it again.",
        good="The courier lost the parcel.",
        fix="Reword it.",
        fixable=False,
        needs=frozenset(),
        check=check_sensitive,
    ),
    Rule(
        id="BSM307",
        name="tracking-pixel",
        severity=Severity.ERROR,
        clause="Volgpixels of -afbeeldingen",
        summary="tiny (2 px or less) or hidden images, images with tracking parameters, beacons",
        why="Tracking whether a buyer opened a message is not allowed.",
        example='<img src="https://t.example/open.gif?utm_source=bsm" width="1" height="1" alt="">',
        good="(no such image)",
        fix="The enforcement pass and --fix remove it.",
        fixable=True,
        needs=frozenset(),
        check=check_tracking_pixel,
    ),
    Rule(
        id="BSM308",
        name="email-address",
        severity=Severity.ERROR,
        clause="E-mailadressen",
        summary="an e-mail address, in text or as a mailto: link, obfuscated ones included",
        why="Contact goes through Amazon's messaging, never around it.",
        example="Write to info [at] winkel [punt] nl.",
        good="Reply to this message.",
        fix="Remove it; ask the buyer to reply to the message.",
        fixable=False,
        needs=frozenset(),
        check=check_email,
    ),
    Rule(
        id="BSM309",
        name="phone-number",
        severity=Severity.ERROR,
        clause="Telefoonnummers, behalve als deze betrekking hebben op garanties, leveranciers "
        "of fabrikanten",
        summary="a phone number not marked as a warranty, supplier or manufacturer number",
        why="Contact goes through Amazon's messaging; only warranty, supplier and manufacturer "
        "numbers are allowed.",
        example="Call us on 020 123 4567.",
        good="The manufacturer's warranty line is 020 123 4567.",
        fix="Remove it, or say whose warranty line it is.",
        fixable=False,
        needs=frozenset(),
        check=check_phone,
    ),
    Rule(
        id="BSM310",
        name="product-image",
        severity=Severity.ERROR,
        clause="Afbeeldingen van gekochte producten",
        summary="an image of the purchased product: Amazon's catalog picture; with the order, its "
        "ASIN or (most of) its title; without, an address or alt text that says product",
        why="Amazon adds the product image itself.",
        example='<img src="https://m.media-amazon.com/images/I/81abc.jpg" alt="Mug">',
        good="(no product image)",
        fix="Remove it.",
        fixable=False,
        needs=frozenset(),
        check=check_product_image,
    ),
    Rule(
        id="BSM311",
        name="unrelated-image",
        severity=Severity.ERROR,
        clause="Afbeeldingen die geen betrekking hebben op je merk of je bedrijf",
        summary="an image that is neither the brand's (a logo or banner, linked or embedded: "
        "marked as one, or named for the shop) nor needed for the message, nor a product "
        "image (BSM310 says that)",
        why="Images are allowed for the seller's brand and for what the message needs (a design "
        "proof, instructions).",
        example='<img src="cid:sunset" alt="A sunset">',
        good='<img src="cid:proof" alt="Design proof of your mug">',
        fix="Remove it, or say in its alt text what it is (logo, design proof, instructions).",
        fixable=False,
        needs=frozenset(),
        check=check_unrelated_image,
    ),
    Rule(
        id="BSM312",
        name="active-content",
        severity=Severity.ERROR,
        clause="outside the seed: no mail client runs these, and they are an attack surface",
        summary="script, iframe, form, object/embed, external stylesheet, meta refresh, event "
        "handlers, javascript: addresses",
        why="Active content never runs in mail and is a way to attack the buyer.",
        example='<p onclick="track()">Hello</p><script>track()</script>',
        good="<p>Hello</p>",
        fix="The enforcement pass and --fix remove it.",
        fixable=True,
        needs=frozenset(),
        check=check_active_content,
    ),
)
