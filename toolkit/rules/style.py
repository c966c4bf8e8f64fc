"""BSM4xx: style. Most of these the enforcement pass guarantees for rendered messages."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from toolkit import dom, urls
from toolkit.dom import HtmlElement
from toolkit.model import Severity
from toolkit.rules import Rule
from toolkit.rules.base import Hit, Subject
from toolkit.rules.elements import MAX_FRAMES_COUNTED, image_data, image_frames, image_size
from toolkit.stylesheet import font_size_uses

BLANK = r"[ \t\xa0\u200b-\u200d\u2060\ufeff]*"  # a line of spaces or invisible characters
# a line ends as a mail client ends it: CRLF (the mail norm), LF, CR, or Unicode's separators
LINE_BREAK = re.compile(r"\r\n|\r(?!\n)|(?<!\r)\n|[\u2028\u2029]")  # CRLF is never split
EXCESS_BLANK_LINES = re.compile(
    rf"(?:{LINE_BREAK.pattern}){BLANK}(?:{LINE_BREAK.pattern})(?:{BLANK}(?:{LINE_BREAK.pattern}))+"
)
HTTP_URL_IN_CSS = re.compile(r"url\(\s*['\"]?http:", re.I)
IMAGE_TAGS = frozenset({"img", "source", "td", "th", "table", "body", "input", "video", "image"})
IMAGE_ATTRIBUTES = ("src", "srcset", "background", "poster", "xlink:href")
UNSEEN_TAGS = frozenset({"head", "title", "style", "script", "template", "noscript"})


def check_link_text(s: Subject) -> Iterator[Hit]:
    yield from check_unlinked_addresses(s)
    for a in s.root.iter("a"):
        if not a.get("href"):
            continue
        text = dom.link_text(a)
        plain = text.strip(" .:!?»›>→").lower()
        if not plain:
            yield Hit("a link with no text", element=a)
        elif is_bare_address(s, text, plain):
            yield Hit(f"a link whose text is a bare address: {text!r}", element=a)
        else:
            for phrases in s.phrases:
                pattern = phrases.pattern("non_descriptive_links")
                if pattern is not None and pattern.fullmatch(phrases.lower(plain)):
                    yield Hit(f"link text {text!r} does not say where it goes", element=a)
                    break


def check_unlinked_addresses(s: Subject) -> Iterator[Hit]:
    """A web address written out where no link text names it: in the HTML's text outside any
    link (mail programs make it a link whose text is the address; HTML can always give a link
    its text), or in a message that is plain text only, unless a label on its line comes first.
    A text part beside an HTML part is not judged: it is the HTML's, which is judged already."""
    in_links: set[HtmlElement] = set()  # every element inside a link, each added once
    for a in s.root.iter("a"):
        if a not in in_links:
            in_links.update(a.iter())
    urls = s.detectors.urls
    for el in s.root.iter():
        text, tail = el.text, el.tail  # most are blank: the tag and the parent are not read
        if text and not text.isspace() and el not in in_links:
            tag = el.tag
            if isinstance(tag, str) and tag not in UNSEEN_TAGS:
                for _, _, url in urls(text):
                    yield Hit(f"a bare web address as a link: {url!r}", element=el, needle=url)
        if tail and not tail.isspace():
            parent = el.getparent()
            if parent not in in_links:
                where = el if parent is None else parent
                for _, _, url in urls(tail):
                    yield Hit(f"a bare web address as a link: {url!r}", element=where, needle=url)
    text = s.message.text
    if not s.message.html.strip() and text.strip():
        for start, _, url in s.detectors.urls(text):
            if not labelled(text, start):
                yield Hit(
                    f"a bare web address as a link: {url!r}", part="text", offset=start, needle=url
                )


def labelled(text: str, start: int) -> bool:
    """An address after its label on the same line ("Your orders on Amazon: https://..."): plain
    text's only way to say where a link goes, and how the text part is written from links."""
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    return before.endswith(":") and any(ch.isalpha() for ch in before)


def is_bare_address(s: Subject, text: str, plain: str) -> bool:
    """Link text that is nothing but an address ("https://...", "www.x.nl", "winkel.nl")."""
    found = s.detectors.urls(text) + s.detectors.domains(text)
    return any(len(address) >= len(plain) - 2 for _, _, address in found)


def check_alt(s: Subject) -> Iterator[Hit]:
    # rules.md: every image with a missing or empty alt, a tracking pixel too (it is BSM307 as
    # well; enforce drops it, so the rendered message carries neither finding)
    for img in s.root.iter("img"):
        if dom.is_blank_text(img.get("alt")):  # alt=" ", "&nbsp;", a zero-width space
            yield Hit(f"an image without alt text ({(img.get('src') or '')[:60]})", element=img)


def check_emoji(s: Subject) -> Iterator[Hit]:
    for part, text in s.texts():
        for start, _, found in s.detectors.emoji(text):
            yield Hit(f"emoji or emoticon {found!r}", part=part, offset=start, needle=found)


def check_animated(s: Subject) -> Iterator[Hit]:
    for img in s.root.iter("img"):
        data = image_data(s, img.get("src") or "")
        frames = image_frames(data) if data else 1
        if frames > 1:
            more = " or more" if frames >= MAX_FRAMES_COUNTED else ""
            yield Hit(f"an animated image ({frames}{more} frames)", element=img)


def check_margins(s: Subject) -> Iterator[Hit]:
    limit = s.policy.max_margin_px
    overflows = s.measured.margin_overflows
    if overflows is None:
        overflows = dom.margin_overflows(s.root, s.policy, s.styles, s.elements.tagged)
    for overflow in overflows:
        yield Hit(
            f"<{overflow.element.tag}> is indented {max(overflow.left_px, overflow.right_px):.0f}px"
            f" from the edge; the limit is {limit:.0f}px (20% of {s.policy.max_width_px}px)",
            element=overflow.element,
        )


def check_image_width(s: Subject) -> Iterator[Hit]:
    limit = s.policy.max_image_px
    for img in s.root.iter("img"):
        width, in_percent = dom.image_width(img, s.policy, s.styles)
        if width is not None:
            if width > limit + 0.01:
                shown = f"{width / s.policy.max_width_px:.0%}" if in_percent else f"{width:.0f}px"
                yield Hit(f"an image {shown} wide; the limit is {limit:.0f}px", element=img)
            continue
        bounded = s.styles.value(img, "max-width")
        data = image_data(s, img.get("src") or "")
        size = image_size(data) if data else None
        if size and size[0] > limit and not bounded:
            yield Hit(
                f"an image file {size[0]}px wide shown at full size; the limit is {limit:.0f}px",
                element=img,
            )


def style_rule(rule_id: str) -> Callable[[Subject], Iterator[Hit]]:
    def check(s: Subject) -> Iterator[Hit]:
        for element, what, attribute in s.style_offences.get(rule_id, ()):
            if rule_id == "BSM411" and element.tag == "img" and attribute:
                continue  # <img align> places the picture; it aligns no text
            yield Hit(what, element=element)

    return check


def check_font_sizes(s: Subject) -> Iterator[Hit]:
    """Inline sizes and those of <style> rules, the default counted; said at the first element
    whose size is one too many."""
    default = round(s.policy.default_font_size_px, 1)
    limit = s.policy.max_font_sizes
    measured = s.measured.font_sizes
    if measured is not None and len(measured) <= limit:
        return  # the enforcement pass counted them, and no <style> block is left
    uses = font_size_uses(s.root, s.policy, s.styles, s.memo, s.elements)
    sizes = {default, *(size for _, size in uses)}
    if len(sizes) <= limit:
        return
    seen = {default}
    first_over = None
    for el, size in uses:
        seen.add(size)
        if len(seen) > limit:
            first_over = el
            break
    shown = ", ".join(f"{size:g}px" for size in sorted(sizes))
    yield Hit(
        f"{len(sizes)} font sizes ({shown}); at most {limit}, the default counted",
        part="html",
        element=first_over,
    )


def check_breaks(s: Subject) -> Iterator[Hit]:
    limit = s.policy.max_consecutive_breaks
    runs = s.measured.break_runs
    for run in dom.break_runs(s.root, limit) if runs is None else runs:
        yield Hit(f"more than {limit} line breaks in a row", element=run[0])
    if s.message.text:
        for m in EXCESS_BLANK_LINES.finditer(s.message.text):
            yield Hit(
                f"{len(LINE_BREAK.findall(m.group()))} line breaks in a row in the text part",
                part="text",
                offset=m.start(),
            )


def is_http(address: str) -> bool:
    return urls.scheme_of(address) == "http"


def image_addresses(attr: str, value: str) -> list[str]:
    """The addresses an image attribute loads: one, or each candidate of a srcset."""
    if attr != "srcset":
        return [value]
    return [c.split()[0] for c in value.split(",") if c.split()]


def loads_over_http(css: str | None) -> bool:
    """A `url(http:...)` in a style: asked at each "(" (found as fast as a string is), where
    the pattern's "(" must stand, not by a case-blind search tried at every character (a
    <style> block of 8 kB took 27 us)."""
    if css is None:
        return False
    at = css.find("(")
    while at >= 0:
        if at >= 3 and HTTP_URL_IN_CSS.match(css, at - 3):
            return True
        at = css.find("(", at + 1)
    return False


def check_insecure_image(s: Subject) -> Iterator[Hit]:
    # no shortcut on the source's text: "ht&#9;tp:" and "HT\ttp:" load over http too
    for el, tag, items in s.elements.tagged:
        if not items and tag != "style":
            continue  # nothing that loads, no style
        if tag in IMAGE_TAGS:
            given = dict(items)
            for attr in IMAGE_ATTRIBUTES:
                value = given.get(attr)
                if value and any(is_http(address) for address in image_addresses(attr, value)):
                    yield Hit(f"<{tag} {attr}> loads over http", element=el)
        style = None
        for name, value in items:  # a plain loop: a generator per element costs more
            if name == "style":
                style = value
                break
        if loads_over_http(style):
            yield Hit(f"<{tag}> has a background image over http", element=el)
        elif tag == "style" and loads_over_http(el.text):
            yield Hit("a <style> block loads an image over http", element=el)


RULES = (
    Rule(
        id="BSM401",
        name="non-descriptive-link",
        severity=Severity.ERROR,
        clause="links zonder verklarende tekst",
        summary="a link whose text does not say where it goes ('click here', a bare address)",
        why="Link text must tell every reader, screen readers included, where it leads.",
        example='<a href="https://www.amazon.nl/gp/help">Klik hier</a> voor garantie-informatie',
        good='<a href="https://www.amazon.nl/gp/help">Garantie-informatie op Amazon</a>',
        fix="Say where the link goes in its text.",
        fixable=False,
        needs=frozenset(),
        check=check_link_text,
    ),
    Rule(
        id="BSM402",
        name="image-without-alt",
        severity=Severity.ERROR,
        clause="afbeeldingen ... zonder alt-tekst",
        summary='an image with a missing, empty or blank alt text (alt="" included, on a '
        "tracking pixel or hidden image too, which is BSM307 as well)",
        why="Every image needs a text alternative for readers who cannot see it.",
        example='<img src="cid:proof">',
        good='<img src="cid:proof" alt="Design proof">',
        fix="Describe the image in its alt attribute.",
        fixable=False,
        needs=frozenset(),
        check=check_alt,
    ),
    Rule(
        id="BSM403",
        name="emoji",
        severity=Severity.ERROR,
        clause="Emoji's, inclusief emoticons",
        summary="any emoji or emoticon, and the decorative symbols that read as one (★ ✔ ➤ ☎ ✉ "
        "♥); typography (€ © ® ™ – • →) is none",
        why="Amazon does not allow emoji or emoticons in messages.",
        example="Your parcel is on its way 🚚 :)",
        good="Your parcel is on its way.",
        fix="--fix removes emoji from HTML text; the seller's own text is refused instead.",
        fixable=True,
        needs=frozenset(),
        check=check_emoji,
    ),
    Rule(
        id="BSM404",
        name="animated-gif",
        severity=Severity.ERROR,
        clause="Geanimeerde GIF's",
        summary="an animated image (more than one frame)",
        why="Animated images are not allowed.",
        example='<img src="cid:spinner.gif" alt="Loading">',
        good="a still image, or none",
        fix="Use a still image.",
        fixable=False,
        needs=frozenset(),
        check=check_animated,
    ),
    Rule(
        id="BSM405",
        name="wide-margin",
        severity=Severity.ERROR,
        clause="Berichtmarges van meer dan 20% van de maximale breedte",
        summary="horizontal margin plus padding of the containers over 20% of the maximum width",
        why="Amazon's layout sets the margins; wide ones squeeze the message.",
        example='<div style="padding: 0 200px">...</div>',
        good='<div style="padding: 0 12px">',
        fix="The enforcement pass and --fix bound them.",
        fixable=True,
        needs=frozenset(),
        check=check_margins,
    ),
    Rule(
        id="BSM406",
        name="oversized-image",
        severity=Severity.ERROR,
        clause="Afbeelding- of grafische afmetingen groter dan 80% van de maximale breedte",
        summary="an image wider than 80% of the maximum width",
        why="Images must leave room in Amazon's layout.",
        example='<img src="cid:banner" width="600" alt="Banner">',
        good='<img src="cid:banner" width="480" alt="Banner">',
        fix="The enforcement pass and --fix narrow it.",
        fixable=True,
        needs=frozenset(),
        check=check_image_width,
    ),
    Rule(
        id="BSM407",
        name="font-family-override",
        severity=Severity.ERROR,
        clause="Afwijkingen van de standaard ... lettertypefamilie",
        summary="any font family set by the message",
        why="Amazon's default font family applies to every message.",
        example='<p style="font-family: Georgia">',
        good="<p>",
        fix="The enforcement pass and --fix remove it.",
        fixable=True,
        needs=frozenset(),
        check=style_rule("BSM407"),
    ),
    Rule(
        id="BSM408",
        name="line-height-override",
        severity=Severity.ERROR,
        clause="Afwijkingen van de standaardregelhoogte",
        summary="any line height set by the message",
        why="Amazon's default line height applies to every message.",
        example='<p style="line-height: 1.8">',
        good="<p>",
        fix="The enforcement pass and --fix remove it.",
        fixable=True,
        needs=frozenset(),
        check=style_rule("BSM408"),
    ),
    Rule(
        id="BSM409",
        name="font-color-override",
        severity=Severity.ERROR,
        clause="... of lettertypekleur van Amazon",
        summary="any text colour set by the message (link colours included)",
        why="Amazon's default text colour applies to every message.",
        example='<p style="color: #ff6600">',
        good="<p>",
        fix="The enforcement pass and --fix remove it (and backgrounds chosen for it).",
        fixable=True,
        needs=frozenset(),
        check=style_rule("BSM409"),
    ),
    Rule(
        id="BSM410",
        name="too-many-font-sizes",
        severity=Severity.ERROR,
        clause="Lettertypen in meer dan drie formaten",
        summary="more than three distinct font sizes, the default counted; sizes of <style> rules "
        "count like inline ones (those of @media rules and :hover do not)",
        why="At most three font sizes keep messages plain.",
        example="<h1>..</h1><h2>..</h2><p style='font-size:12px'>..</p><p>..</p>",
        good="<p><strong>..</strong></p><p>..</p>",
        fix="The enforcement pass and --fix fold the rarest sizes into the nearest kept one.",
        fixable=True,
        needs=frozenset(),
        check=check_font_sizes,
    ),
    Rule(
        id="BSM411",
        name="alignment-override",
        severity=Severity.ERROR,
        clause="Berichthoofdteksten die gecentreerd zijn",
        summary="text centred, right-aligned or justified (text-align, align=, <center>)",
        why="Amazon's default alignment applies to the body text.",
        example='<p style="text-align: center">',
        good="<p>",
        fix="The enforcement pass and --fix remove it.",
        fixable=True,
        needs=frozenset(),
        check=style_rule("BSM411"),
    ),
    Rule(
        id="BSM412",
        name="excess-line-breaks",
        severity=Severity.ERROR,
        clause="Meer dan twee regeleinden ... achter elkaar",
        summary="more than two line breaks in a row",
        why="Amazon allows at most two line breaks (one blank line) in a row.",
        example="Hello<br><br><br>Regards",
        good="Hello<br><br>Regards",
        fix="The enforcement pass and --fix collapse them.",
        fixable=True,
        needs=frozenset(),
        check=check_breaks,
    ),
    Rule(
        id="BSM413",
        name="insecure-image",
        severity=Severity.ERROR,
        clause="Onveilige afbeeldingen (http in plaats van https)",
        summary="an image loaded over http",
        why="Images must load over https.",
        example='<img src="http://cdn.example/logo.png" alt="Logo">',
        good='<img src="https://cdn.example/logo.png" alt="Logo">',
        fix="Use the https address.",
        fixable=False,
        needs=frozenset(),
        check=check_insecure_image,
    ),
)
