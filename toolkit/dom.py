"""The parsed message and the questions both enforcement and the rules ask of it.

`enforce` fixes what these functions find and `rules` reports it, so the fixer and the checker
can never disagree about, say, what a tracking pixel is or how wide an image is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import zip_longest
from typing import TYPE_CHECKING, TypeAlias, cast
from urllib.parse import parse_qsl

import lxml.html
from lxml import etree

from toolkit import rule_ids, urls
from toolkit.errors import InputError
from toolkit.policy import Policy

if TYPE_CHECKING:  # the rules' memo; it imports nothing of the toolkit
    from toolkit.rules.memo import Memo

HtmlElement: TypeAlias = lxml.html.HtmlElement
Declaration: TypeAlias = tuple[str, str]  # (property, value), property lower-case
# an Offence but its element: (rule, what, attribute, property)
OffenceParts: TypeAlias = tuple[str, str, str | None, str | None]

LENGTH = re.compile(r"^\s*(-?\d*\.?\d+)\s*(px|pt|em|rem|%|cm|mm|in|pc|ex|ch|vw)?\s*$", re.I)
KEYWORD_SIZES = {
    "xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0, "large": 18.0,
    "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0, "smaller": 13.33, "larger": 19.2,
}  # fmt: skip
ABSOLUTE_UNITS = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "cm": 96 / 2.54, "mm": 96 / 25.4, "in": 96.0}
FONT_TAG_SIZES = {"1": 10.0, "2": 13.0, "3": 16.0, "4": 18.0, "5": 24.0, "6": 32.0, "7": 48.0}
STYLE_SPECIALS = re.compile(r"[\"'();]")
MISSING = object()
BLOCKS = frozenset({"p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})


# --- parsing -------------------------------------------------------------------------------


def parse_html(html: str) -> HtmlElement:
    """A whole document (an <html> root), whatever the input: a fragment is wrapped.

    Parsed with libxml2's limits lifted (`huge_tree`): without it a text node over 10 MB ends
    the document there, silently, and every rule is blind to what follows. What libxml2 still
    gives up on (nesting deeper than 2048) raises InputError instead of a truncated tree.
    """
    if not html.strip():
        html = "<html><body></body></html>"
    parser = lxml.html.HTMLParser(huge_tree=True)  # one per call: a parser keeps an error log
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        parser = lxml.html.HTMLParser(huge_tree=True)
        root = lxml.html.document_fromstring(f"<html><body>{html}</body></html>", parser=parser)
    refuse_truncated(parser)
    return root


def refuse_truncated(parser: etree.HTMLParser) -> None:
    """InputError when the parser stopped early: a fatal error means the rest was dropped."""
    for entry in parser.error_log:
        if entry.level >= etree.ErrorLevels.FATAL:
            raise InputError(
                f"the HTML cannot be read past line {entry.line}: {entry.message.strip()}"
            )


def serialize(root: HtmlElement) -> str:
    body = lxml.html.tostring(root, encoding="unicode", method="html")
    return "<!DOCTYPE html>\n" + body


def elements(root: HtmlElement) -> Iterator[HtmlElement]:
    """Every element (comments and processing instructions skipped)."""
    for el in root.iter():
        if isinstance(el.tag, str):
            yield el


def body(root: HtmlElement) -> HtmlElement:
    found = root.find("body")
    return found if found is not None else root


# an element with its tag and its attributes (in order; libxml2 keeps no name twice)
Tagged: TypeAlias = tuple[HtmlElement, str, tuple[tuple[str, str], ...]]


def tagged(root: HtmlElement) -> Iterator[Tagged]:
    """Every element (as `elements` walks), with its tag and attributes read once: lxml builds
    a new string each time either is read."""
    for el in root.iter():
        tag = el.tag
        if isinstance(tag, str):
            yield el, tag, tuple(el.items())


class ElementView:
    """Every element of one tree, with its tag and attributes, read in one walk for all the
    rules that ask each element (BSM312's active content, BSM407-BSM411's overrides, BSM413's
    images, BSM410's stylesheet selectors). One per message, on the `Subject`; the tree must
    not change while it is read (the rules do not change it)."""

    __slots__ = ("_by_tag", "_classes", "tagged")

    def __init__(self, root: HtmlElement) -> None:
        self.tagged = list(tagged(root))
        self._by_tag: dict[str, list[HtmlElement]] | None = None
        self._classes: dict[str, list[HtmlElement]] | None = None

    def by_tag(self, tag: str) -> list[HtmlElement]:
        """The elements of a tag, in document order (as `root.iter(tag)` finds them)."""
        if self._by_tag is None:
            index: dict[str, list[HtmlElement]] = {}
            for el, name, _ in self.tagged:
                index.setdefault(name, []).append(el)
            self._by_tag = index
        return self._by_tag.get(tag, [])

    def classes(self) -> dict[str, list[HtmlElement]]:
        """The elements that have each class, in document order (`stylesheet.class_index`)."""
        if self._classes is None:
            from toolkit.stylesheet import index_classes  # it imports this module

            self._classes = index_classes(self.tagged)
        return self._classes


# --- inline styles -------------------------------------------------------------------------


def parse_style(style: str | None) -> list[Declaration]:
    """`a: b; c: d` as declarations; `;` inside quotes or parentheses does not split."""
    if not style:
        return []
    decls: list[Declaration] = []
    if '"' not in style and "'" not in style and "(" not in style:  # nothing hides a ";"
        for part in style.split(";"):
            prop, sep, value = part.partition(":")
            if sep and prop.strip():
                decls.append((prop.strip().lower(), value.strip()))
        return decls
    depth, quote, start = 0, "", 0
    for special in STYLE_SPECIALS.finditer(style + ";"):  # only these characters change state
        i, ch = special.start(), special.group()
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            prop, sep, value = style[start:i].partition(":")
            if sep and prop.strip():
                decls.append((prop.strip().lower(), value.strip()))
            start = i + 1
    return decls


def parsed_style(style: str) -> tuple[Declaration, ...]:
    return tuple(parse_style(style))


class Styles:
    """The parsed inline style of each element of one message: each style text is parsed once
    (an inlined stylesheet repeats the same text on many elements). Keyed by the text, so an
    element whose style the enforcement pass rewrites is read afresh. One per message, kept on
    the `Subject` (and handed from the enforcement pass to the rules), never module-wide.
    `memo`: the Toolkit's (toolkit/rules/memo.py), where what a style text comes to is kept
    between messages too (an inlined template repeats its style texts in every message)."""

    __slots__ = (
        "_font_sizes",
        "_memo",
        "_overrides",
        "_parsed",
        "_policy",
        "_policy_key",
        "_sides",
        "_size_key",
    )

    def __init__(self, memo: Memo | None = None) -> None:
        self._memo = memo
        self._parsed: dict[str, tuple[Declaration, ...]] = {}
        # (style, font size px, width px) -> its side margins plus padding
        self._sides: dict[tuple[str, float, int], tuple[float, float]] = {}
        # (tag, attributes) -> the overrides an element with them makes
        self._overrides: dict[Hashable, tuple[OffenceParts, ...]] = {}
        # (tag, style, size attribute) -> the font size an element sets for itself
        self._font_sizes: dict[Hashable, float | None] = {}
        self._policy: Policy | None = None  # the one the answers kept were worked out for
        self._policy_key: Hashable = None  # its parts they depend on, to key the memo with
        self._size_key: Hashable = None  # ... and those font sizes depend on

    def of(self, el: HtmlElement) -> tuple[Declaration, ...]:
        """The element's declarations, in order (shared: never to be changed in place)."""
        style = el.get("style")
        if not style:
            return ()
        found = self._parsed.get(style)
        if found is None:
            parse = partial(parsed_style, style)
            found = parse() if self._memo is None else self._memo.recall(("style", style), parse)
            self._parsed[style] = found
        return found

    def sides(self, el: HtmlElement, policy: Policy) -> tuple[float, float]:
        """`style_sides_px` of the element's style, worked out once per style text."""
        style = el.get("style")
        if not style:
            return 0.0, 0.0
        key = (style, policy.default_font_size_px, policy.max_width_px)
        found = self._sides.get(key)
        if found is None:
            work = partial(style_sides_px, self.of(el), policy)
            found = work() if self._memo is None else self._memo.recall(("sides", *key), work)
            self._sides[key] = found
        return found

    def overrides(self, el: HtmlElement, policy: Policy) -> tuple[OffenceParts, ...]:
        """`element_overrides` of an element (`block_overrides` of a <style> block), worked out
        once per tag and attributes (an inlined template repeats both on many elements; a
        builder's stylesheet comes in every message): kept for one policy (another one empties
        what was kept), and in the memo under the parts of the policy it reads."""
        tag = el.tag
        return self.tagged_overrides(
            (el, str(tag), () if tag == "style" else tuple(el.items())), policy
        )

    def tagged_overrides(self, node: Tagged, policy: Policy) -> tuple[OffenceParts, ...]:
        """`overrides` of an element whose tag and attributes are read (`ElementView`)."""
        if policy is not self._policy:
            self._for_policy(policy)
        el, tag, items = node
        if tag == "style":  # what its text sets (its attributes set nothing)
            key: tuple[Hashable, ...] = ("style", el.text or "")
        else:
            key = (tag, items)
        found = self._overrides.get(key)
        if found is None:

            def work() -> tuple[OffenceParts, ...]:
                if tag == "style":
                    return block_overrides(el.text or "", policy)
                return element_overrides(tag, items, self.of(el), policy)

            memo_key = ("overrides", self._policy_key, *key)
            found = work() if self._memo is None else self._memo.recall(memo_key, work)
            self._overrides[key] = found
        return found

    def _for_policy(self, policy: Policy) -> None:
        """What is kept for another policy is dropped: the answers below depend on it."""
        self._overrides.clear()
        self._font_sizes.clear()
        self._policy = policy
        policy_key = (
            tuple(policy.style_rules.items()),
            policy.align_values,
            policy.colour_attributes,
            policy.alignment_attributes,
        )
        size_key = (policy.default_font_size_px, policy.implicit_font_sizes)
        # the memo's one object for each: a key that holds it is hashed without its parts
        memo = self._memo
        self._policy_key = policy_key if memo is None else memo.token(policy_key)
        self._size_key = size_key if memo is None else memo.token(size_key)

    def font_size(self, el: HtmlElement, policy: Policy) -> float | None:
        """`element_font_size`, worked out once per tag, style and size attribute (and kept in
        the memo under the parts of the policy it reads)."""
        return self._font_size(el, (el.tag, el.get("style"), el.get("size")), policy)

    def tagged_font_size(self, node: Tagged, policy: Policy) -> float | None:
        """`font_size` of an element whose tag and attributes are read (`ElementView`)."""
        el, tag, items = node
        style = size = None
        for name, value in items:
            if name == "style":
                style = value
            elif name == "size":
                size = value
        return self._font_size(el, (tag, style, size), policy)

    def _font_size(
        self, el: HtmlElement, key: tuple[Hashable, ...], policy: Policy
    ) -> float | None:
        if policy is not self._policy:
            self._for_policy(policy)
        found = self._font_sizes.get(key, MISSING)
        if found is MISSING:
            work = partial(element_font_size, el, policy, self)
            memo_key = ("font size", self._size_key, *key)
            found = work() if self._memo is None else self._memo.recall(memo_key, work)
            self._font_sizes[key] = found
        return cast(float | None, found)

    def value(self, el: HtmlElement, prop: str) -> str | None:
        """The value of one property (the last one wins, as in CSS)."""
        value = None
        for p, v in self.of(el):
            if p == prop:
                value = v
        return value


def format_style(decls: Sequence[Declaration]) -> str:
    return "; ".join(f"{p}: {v}" for p, v in decls)


def set_style(el: HtmlElement, decls: Sequence[Declaration]) -> None:
    if decls:
        el.set("style", format_style(decls))
    elif "style" in el.attrib:
        del el.attrib["style"]


def style_value(el: HtmlElement, prop: str, styles: Styles | None = None) -> str | None:
    return (styles or Styles()).value(el, prop)


def without_important(value: str) -> str:
    if "!" not in value:  # the common case, without a regular expression
        return value
    return re.sub(r"\s*!\s*important\s*$", "", value, flags=re.I)


# --- lengths -------------------------------------------------------------------------------


def length_px(value: str | None, *, base_px: float, percent_of: float) -> float | None:
    """A CSS length in px (em and rem against `base_px`, % against `percent_of`)."""
    if value is None:
        return None
    match = LENGTH.match(without_important(value))
    if not match:
        return None
    number, unit = float(match.group(1)), (match.group(2) or "px").lower()
    factor = ABSOLUTE_UNITS.get(unit)
    if factor is None:  # relative to the font size or to the width
        if unit in ("em", "rem"):
            factor = base_px
        elif unit in ("ex", "ch"):
            factor = base_px / 2
        else:  # % and vw
            factor = percent_of / 100
    return number * factor


def box_sides(decls: Sequence[Declaration], prop: str) -> dict[str, str]:
    """Left and right values of `margin` or `padding`, shorthand and longhands applied in order."""
    sides: dict[str, str] = {}
    for p, v in decls:
        if not p.startswith(prop):  # most declarations set neither (colour, font ...)
            continue
        if p == prop:
            parts = without_important(v).split()
            if not parts:
                continue
            if len(parts) == 1:
                sides["left"] = sides["right"] = parts[0]
            elif len(parts) in (2, 3):
                sides["left"] = sides["right"] = parts[1]
            else:
                sides["right"], sides["left"] = parts[1], parts[3]
        elif p in (f"{prop}-left", f"{prop}-inline-start"):
            sides["left"] = without_important(v)
        elif p in (f"{prop}-right", f"{prop}-inline-end"):
            sides["right"] = without_important(v)
    return sides


def style_sides_px(decls: Sequence[Declaration], policy: Policy) -> tuple[float, float]:
    """The left and right margin plus padding a style sets, in px (auto counts as 0)."""
    left = right = 0.0
    for prop in ("margin", "padding") if decls else ():
        for side, value in box_sides(decls, prop).items():
            px = length_px(
                value, base_px=policy.default_font_size_px, percent_of=policy.max_width_px
            )
            if px is None or px < 0:
                continue
            if side == "left":
                left += px
            else:
                right += px
    return left, right


def horizontal_px(
    el: HtmlElement, policy: Policy, styles: Styles | None = None
) -> tuple[float, float]:
    """This element's own left and right margin plus padding, in px (auto counts as 0)."""
    left, right = (styles or Styles()).sides(el, policy)
    hspace = el.get("hspace")  # <img hspace> adds to both sides
    if hspace is not None:
        px = length_px(hspace, base_px=policy.default_font_size_px, percent_of=0)
        if px:
            left, right = left + px, right + px
    return left, right


@dataclass(frozen=True)
class MarginOverflow:
    """An element indented further than the policy lets a message's margins go."""

    element: HtmlElement
    left_px: float  # the cumulative indentation from the message edge, this element included
    right_px: float


def margin_overflows(
    root: HtmlElement,
    policy: Policy,
    styles: Styles | None = None,
    nodes: Iterable[Tagged] | None = None,
) -> list[MarginOverflow]:
    """Elements of the body whose cumulative horizontal margin plus padding (their own and
    their ancestors', from the body down) passes the policy's bound. `nodes`: the tree's
    elements already read (`ElementView.tagged`), else it is walked.

    Only the few elements that indent anything are asked for their ancestors: an element's
    indentation is its nearest indenting ancestor's plus its own (adding the 0 of those in
    between changes no sum), added from the body down as a walk from the body adds them."""
    limit = policy.max_margin_px
    found: list[MarginOverflow] = []
    styles = styles or Styles()
    top = body(root)
    reached: dict[HtmlElement, tuple[float, float]] = {}  # of the elements that indent
    for el, _, items in tagged(root) if nodes is None else nodes:
        if not items:
            continue  # neither a style nor hspace: it indents nothing
        own_left, own_right = horizontal_px(el, policy, styles)
        if not (own_left or own_right):
            continue
        base = 0.0, 0.0
        if el is not top:
            for ancestor in el.iterancestors():
                if ancestor in reached:
                    base = reached[ancestor]
                    break
                if ancestor is top:
                    break
            else:
                continue  # outside the body (<html style="padding: ...">)
        left, right = base[0] + own_left, base[1] + own_right
        reached[el] = left, right
        if left > limit + 0.01 or right > limit + 0.01:
            found.append(MarginOverflow(el, left, right))
    return found


# --- images --------------------------------------------------------------------------------


def image_width(
    el: HtmlElement, policy: Policy, styles: Styles | None = None
) -> tuple[float | None, bool]:
    """The width an <img> asks for, in px, and whether it was given in percent."""
    for value in (style_value(el, "width", styles), el.get("width")):
        if not value:
            continue
        value = without_important(value).strip()
        if value.endswith("%"):
            px = length_px(
                value, base_px=policy.default_font_size_px, percent_of=policy.max_width_px
            )
            return px, True
        px = length_px(value, base_px=policy.default_font_size_px, percent_of=policy.max_width_px)
        if px is not None:
            return px, False
    return None, False


def image_height(el: HtmlElement, policy: Policy, styles: Styles | None = None) -> float | None:
    for value in (style_value(el, "height", styles), el.get("height")):
        px = length_px(value, base_px=policy.default_font_size_px, percent_of=policy.max_width_px)
        if px is not None:
            return px
    return None


def is_hidden(el: HtmlElement, styles: Styles | None = None) -> bool:
    styles = styles or Styles()
    display = (styles.value(el, "display") or "").lower()
    visibility = (styles.value(el, "visibility") or "").lower()
    opacity = styles.value(el, "opacity")
    try:
        transparent = opacity is not None and float(without_important(opacity)) == 0
    except ValueError:
        transparent = False
    return (
        "none" in display
        or "hidden" in visibility
        or transparent
        or el.get("hidden") is not None
        or (el.get("aria-hidden") == "true" and el.tag == "img" and not el.get("alt"))
    )


def tracking_reason(el: HtmlElement, policy: Policy, styles: Styles | None = None) -> str | None:
    """Why an <img> is a tracking pixel, or None when it is not one."""
    styles = styles or Styles()
    width, _ = image_width(el, policy, styles)
    height = image_height(el, policy, styles)
    tiny = policy.tracking_pixel_max_px
    if (width is not None and width <= tiny) or (height is not None and height <= tiny):
        return f"an image {tiny} px or smaller"
    if is_hidden(el, styles):
        return "a hidden image"
    parsed = urls.parse(el.get("src") or "")  # as the mail client loading it reads it
    if parsed is None:  # "http://[x" is no address anything loads
        return None
    keys = {k.lower() for k, _ in parse_qsl(parsed.query, keep_blank_values=True)}
    tracked = keys & policy.tracking_query_keys
    if tracked:
        return f"an image with tracking parameters ({', '.join(sorted(tracked))})"
    word = beacon_word(parsed.path, policy.tracking_path_words)
    if word and parsed.scheme in ("http", "https") and not logo_file(parsed.path, policy):
        return f"an image whose address looks like a web beacon ({word})"
    return None


NAME_TOKENS = re.compile(r"[a-z0-9]+")


def logo_file(path: str, policy: Policy) -> bool:
    """The file's name marks it as a logo ("drukarnia-pixel-logo.png"): the shop's brand, not
    a beacon, whatever a word of the shop's name says."""
    name = path.lower().rsplit("/", 1)[-1]
    return not policy.logo_file_words.isdisjoint(NAME_TOKENS.findall(name))


def beacon_word(path: str, words: tuple[str, ...]) -> str | None:
    """The first of `words` that names a part of an image's path: "wf/open" whole segments in a
    row, "open.gif" a whole file name, "pixel" a word of a segment ("tracking-pixel.gif"); never
    a piece of another word ("logo.gif" is no "o.gif", "soundtrack.jpg" no "track")."""
    segments = [segment for segment in path.lower().split("/") if segment]
    tokens = {token for segment in segments for token in NAME_TOKENS.findall(segment)}
    joined = "/" + "/".join(segments) + "/"
    for word in words:
        if "/" in word:
            found = f"/{word}/" in joined
        elif "." in word:
            found = word in segments
        else:
            found = word in tokens
        if found:
            return word
    return None


# --- font sizes ----------------------------------------------------------------------------


def font_size_px(value: str, policy: Policy) -> float | None:
    value = without_important(value).strip().lower()
    if value in KEYWORD_SIZES:
        return KEYWORD_SIZES[value]
    return length_px(
        value, base_px=policy.default_font_size_px, percent_of=policy.default_font_size_px
    )


def element_font_size(
    el: HtmlElement, policy: Policy, styles: Styles | None = None
) -> float | None:
    """The size an element sets for itself: style, <font size>, or its tag's own (<h1>)."""
    decls = (styles or Styles()).of(el)
    value = None
    for p, v in decls:
        if p == "font-size":
            value = v  # the last one wins, as in CSS
    if value is None:
        for p, v in decls:
            if p == "font":
                value = next(
                    (t.split("/")[0] for t in v.split() if font_size_px(t.split("/")[0], policy)),
                    None,
                )
    if value is not None:
        return font_size_px(value, policy)
    if el.tag == "font" and el.get("size"):
        return FONT_TAG_SIZES.get(el.get("size", "").strip().lstrip("+"))
    implicit = policy.implicit_font_size.get(el.tag)
    return font_size_px(implicit, policy) if implicit else None


def has_text(el: HtmlElement) -> bool:
    return bool((el.text or "").strip()) or any(
        (c.tail or "").strip() or (isinstance(c.tag, str) and has_text(c)) for c in el
    )


def with_text(els: Sequence[HtmlElement]) -> set[HtmlElement]:
    """Those of `els` (every element of a subtree, in document order) that `has_text`, found
    in one pass from the last to the first: a child is known before its parent, where asking
    `has_text` of each element walks its subtree again (quadratic in the nesting). The caller
    keeps `els` alive: lxml then hands out these same element objects while walking."""
    found: set[HtmlElement] = set()
    for el in reversed(els):  # plain loops: a generator per element costs more than the test
        text = el.text
        if text and not text.isspace():
            found.add(el)
            continue
        for child in el:
            tail = child.tail
            if child in found or (tail and not tail.isspace()):
                found.add(el)
                break
    return found


def font_sizes(root: HtmlElement, policy: Policy, styles: Styles | None = None) -> Counter[float]:
    """Distinct font sizes used by text in the message, rounded to 0.1 px, the default counted."""
    sizes: Counter[float] = Counter({round(policy.default_font_size_px, 1): 1})
    styles = styles or Styles()
    els = list(elements(body(root)))
    texts = with_text(els)
    for el in els:
        size = styles.font_size(el, policy) if el in texts else None
        if size is not None:
            sizes[round(size, 1)] += 1
    return sizes


# --- line breaks ---------------------------------------------------------------------------


INVISIBLE = re.compile(r"[\s\xa0\u00ad\u180e\u200b-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]+")
# "o:p" is Word's and Outlook's empty paragraph filler ("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
BLANK_INLINE = frozenset(
    {"span", "font", "b", "strong", "i", "em", "u", "small", "big", "sup", "sub", "o:p"}
)
HEIGHT = re.compile(r"(?:^|;)\s*(?:min-)?height\s*:", re.I)  # a spacer, not "line-height"


def is_blank_text(text: str | None) -> bool:
    """Nothing a reader sees: white space, &nbsp;, zero-width and other invisible characters."""
    if not text or text.isspace():  # the common case (a tail between tags), without a pattern
        return True
    return INVISIBLE.fullmatch(text) is not None  # stops at the first visible one


RUN_TAGS = ("br", "p", "div", "tr")  # what a run of line breaks is made of (`break_runs`)


def is_blank_block(el: HtmlElement) -> bool:
    """A paragraph or division that shows nothing: only white space, &nbsp;, invisible
    characters and <br>, also inside an empty <span> or <font> ("<p><span>&nbsp;</span></p>");
    or a table row whose every cell shows nothing ("<tr><td>&nbsp;</td></tr>", a builder's
    blank line). Not a spacer of a set height."""
    if el.tag == "tr":
        cells = [c for c in el if isinstance(c.tag, str)]
        return (
            bool(cells)
            and not has_height(el)
            and all(c.tag in ("td", "th") and not has_height(c) and shows_nothing(c) for c in cells)
        )
    if el.tag not in ("p", "div") or has_height(el):
        return False
    return shows_nothing(el)


def has_height(el: HtmlElement) -> bool:
    return el.get("height") is not None or HEIGHT.search(el.get("style") or "") is not None


def shows_nothing(el: HtmlElement) -> bool:
    if not is_blank_text(el.text):
        return False
    for child in el:
        tag = child.tag  # read once: lxml builds the string on every read
        if not isinstance(tag, str):
            continue
        if not is_blank_text(child.tail):
            return False
        if tag == "br":
            continue
        if tag not in BLANK_INLINE or not shows_nothing(child):
            return False
    return True


def blank_block_lines(el: HtmlElement) -> int:
    """How many lines a blank block is high: one, or one a <br> ("<div><br></div>" is Gmail's
    one blank line; "<p><br><br></p>" two)."""
    return max(1, sum(1 for c in el.iter("br") if c is not el))


def break_runs(root: HtmlElement, limit: int) -> list[list[HtmlElement]]:
    """Runs of more than `limit` line breaks in a row: <br> siblings and blank blocks.

    A blank block after something shown also counts the line break that ends what came before
    it: "<p>A</p><p>&nbsp;</p><p>&nbsp;</p><p>B</p>" reads as "A", two blank lines, "B", the
    three line breaks of "A<br><br><br>B"; one blank paragraph between two is one blank line."""
    runs: list[list[HtmlElement]] = []
    # a run is made of <br> and blank blocks (<p>, <div>, <tr>): only their parents can hold
    # one (an empty run is no more than the limit, unless it is below 0)
    holders = {el.getparent() for el in root.iter(*RUN_TAGS)} if limit >= 0 else None
    for parent in elements(body(root)):
        if holders is not None and parent not in holders:
            continue
        shown = not is_blank_text(parent.text)  # something visible before the run
        run: list[HtmlElement] = []
        for child, breaks in break_children(parent):
            if breaks:
                run.append(child)
                continue
            if run_lines(run, after_text=shown) > limit:
                runs.append(run)
            run, shown = [], True
        if run_lines(run, after_text=shown) > limit:
            runs.append(run)
    return runs


def break_children(parent: HtmlElement) -> Iterator[tuple[HtmlElement, bool]]:
    """Each child with whether it is a line break (<br>, a blank block); something visible
    (an element, or text after a child) comes as (element, False)."""
    for child in parent:
        tag = child.tag
        if not isinstance(tag, str):  # a comment: only its tail can show
            if (child.tail or "").strip():
                yield child, False
            continue
        blank_tail = is_blank_text(child.tail)
        if tag in BLANK_INLINE and blank_tail and shows_nothing(child):
            continue  # "<br><span>&nbsp;</span><br>": nothing shown between the two breaks
        yield child, tag == "br" or is_blank_block(child)
        if not blank_tail:
            yield child, False


def run_lines(run: list[HtmlElement], *, after_text: bool) -> int:
    """The line breaks in a row a run makes."""
    if not run:  # most children end a run that never began
        return 0
    lines = sum(1 if el.tag == "br" else blank_block_lines(el) for el in run)
    ends_line = after_text and any(el.tag != "br" for el in run)
    return lines + ends_line


# --- links and where things are --------------------------------------------------------------


def link_text(a: HtmlElement) -> str:
    """What a reader sees of a link: its text, or the alt text of an image inside it."""
    text = " ".join(a.text_content().split())
    if text:
        return text
    return " ".join(img.get("alt", "").strip() for img in a.iter("img")).strip()


def visible_text(root: HtmlElement) -> str:
    """The message's text as a reader sees it, one block per line."""
    return visible_lines(root)[0]


BLOCK_MARK = "\x00"  # stands alone on a line where a block starts or ends


def visible_lines(root: HtmlElement) -> tuple[str, frozenset[int]]:
    """`visible_text`, and its lines (0-based) that start a block (a paragraph, a cell, a
    list item): the others follow a <br> in the same block. A paragraph of the HTML is what
    the blank line is in a text: "<p>We refunded £12.</p><p>Please review us.</p>" is two."""
    lines: list[str] = []
    starts: set[int] = set()
    new = True
    for line in visible_parts(root, f"\n{BLOCK_MARK}\n").splitlines():
        if line == BLOCK_MARK:
            new = True
        elif line.strip():
            if new:
                starts.add(len(lines))
            lines.append(" ".join(line.split()))
            new = False
    return "\n".join(lines), frozenset(starts)


def visible_parts(root: HtmlElement, block: str) -> str:
    """The text of the message's visible elements, `block` where a block starts or ends and a
    line break at each <br>."""
    parts: list[str] = []

    def walk(el: HtmlElement) -> None:
        tag = el.tag  # read once: lxml builds the string on every read
        if not isinstance(tag, str) or tag in ("script", "style", "head", "title"):
            return
        starts_block = tag in BLOCKS
        if starts_block:
            parts.append(block)
        parts.append(el.text or "")
        for child in el:
            walk(child)
            parts.append(child.tail or "")
        if starts_block:
            parts.append(block)
        elif tag == "br":
            parts.append("\n")

    walk(body(root))
    return "".join(parts)


# --- what Amazon does not allow, found (enforce removes it, rules report it) -----------------


@dataclass(frozen=True)
class Offence:
    """Active or unsafe content: an element, or its attribute or style property, to drop."""

    element: HtmlElement
    rule: str
    what: str
    attribute: str | None = None  # the attribute to drop; None when the element is the problem
    prop: str | None = None  # the style property to drop


def is_unsafe_url(url: str, policy: Policy) -> bool:
    """A script address (javascript:, data:text/html ...), read as a browser reads it:
    "\x01java\tscript:" is one; any spelling with white space inside counts too."""
    compact = "".join(urls.clean(url).split()).lower()
    return compact.startswith(policy.unsafe_url_starts)


def is_unsafe_link(el: HtmlElement, attr: str, policy: Policy) -> bool:
    """An <a>/<area> href to a page made of its own address (data:)."""
    if el.tag not in ("a", "area") or attr.lower() != "href":
        return False
    return urls.scheme_of(el.get(attr, "")) in policy.unsafe_link_schemes


def active_content(
    root: HtmlElement, policy: Policy, nodes: Iterable[Tagged] | None = None
) -> list[Offence]:
    """BSM312: elements and attributes that run code or pull in content. `nodes`: the tree's
    elements already read (`ElementView.tagged`), else it is walked."""
    found: list[Offence] = []
    for el, tag, items in tagged(root) if nodes is None else nodes:
        if tag in policy.active_elements:
            found.append(Offence(el, rule_ids.ACTIVE_CONTENT, f"<{tag}>"))
        elif tag == "link" and "stylesheet" in (el.get("rel") or "").lower():
            found.append(Offence(el, rule_ids.ACTIVE_CONTENT, "an external stylesheet"))
        elif tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
            found.append(Offence(el, rule_ids.ACTIVE_CONTENT, "a meta refresh"))
        for attr, value in items:
            name = attr.lower()
            if name.startswith("on"):
                what = f"an event handler ({name}) on <{tag}>"
                found.append(Offence(el, rule_ids.ACTIVE_CONTENT, what, attr))
            elif name in policy.url_attributes and is_unsafe_url(value, policy):
                what = f"a script address in <{tag} {name}>"
                found.append(Offence(el, rule_ids.ACTIVE_CONTENT, what, attr))
            elif tag in ("a", "area") and is_unsafe_link(el, attr, policy):
                what = f"a data: address in <{tag} {name}>"
                found.append(Offence(el, rule_ids.ACTIVE_CONTENT, what, attr))
    return found


def font_shorthand_parts(value: str) -> tuple[bool, bool]:
    """Whether a `font:` shorthand sets a family (always, by CSS grammar) and a line height."""
    tokens = without_important(value).split()
    return bool(tokens), any("/" in t for t in tokens)


def style_overrides(
    root: HtmlElement, policy: Policy, styles: Styles | None = None
) -> list[Offence]:
    """BSM407-BSM409, BSM411: font family, line height, colour, alignment set by the message.

    The properties and their rules are the policy's table, the one the enforcement pass
    removes by."""
    styles = styles or Styles()
    found: list[Offence] = []
    for el in elements(root):
        found += element_style_overrides(el, policy, styles)
    return found


def declares(css: str, pattern: re.Pattern[str]) -> bool:
    """Whether a stylesheet declares a property: `pattern` ("color\\s*:") where no word
    character or "-" comes before it ("color:" but not "background-color:"). The pattern starts
    with its name, so it is searched for as fast as a string; the character before is checked
    here (a pattern that starts with that look-behind is tried at every character)."""
    match = pattern.search(css)
    while match is not None:
        at = match.start()
        if at == 0 or not (css[at - 1].isalnum() or css[at - 1] in "_-"):  # (?<![\w-])
            return True
        match = pattern.search(css, at + 1)
    return False


def declared_overrides(
    tag: str, decls: Sequence[Declaration], policy: Policy
) -> tuple[tuple[str, str, str], ...]:
    """(rule, what, property) of each declaration of an element's style that the policy's
    table overrides (`element_style_overrides`: the style's part)."""
    rules = policy.style_rules
    family, height = rule_ids.FONT_FAMILY_OVERRIDE, rule_ids.LINE_HEIGHT_OVERRIDE
    alignment = rule_ids.ALIGNMENT_OVERRIDE
    found = []
    for prop, value in decls:
        rule = rules.get(prop)
        if rule == alignment:
            if without_important(value).strip().lower() in policy.align_values:
                found.append((rule, f"{prop}: {value} on <{tag}>", prop))
        elif rule:
            found.append((rule, f"{prop} on <{tag}>", prop))
        elif prop == "font":
            has_family, has_height = font_shorthand_parts(value)
            if has_family:
                found.append((family, f"font: {value} on <{tag}>", prop))
            if has_height:
                found.append((height, f"a line height in font: on <{tag}>", prop))
    return tuple(found)


def element_style_overrides(el: HtmlElement, policy: Policy, styles: Styles) -> list[Offence]:
    """`style_overrides` of one element: its own style and attributes, or a <style> block."""
    return [Offence(el, *parts) for parts in styles.overrides(el, policy)]


def block_overrides(css: str, policy: Policy) -> tuple[OffenceParts, ...]:
    """(rule, what, None, None) of each property of the policy's table a <style> block sets."""
    css = css.lower()
    patterns = policy.style_block_patterns
    found: list[OffenceParts] = []
    for prop, prop_rule in policy.style_rules.items():
        if declares(css, patterns[prop]):
            found.append((prop_rule, f"a <style> block that sets {prop}", None, None))
    if declares(css, patterns["font"]):
        found.append((rule_ids.FONT_FAMILY_OVERRIDE, "a <style> block that sets font", None, None))
    return tuple(found)


def element_overrides(
    tag: str, attributes: Sequence[tuple[str, str]], decls: Sequence[Declaration], policy: Policy
) -> tuple[OffenceParts, ...]:
    """(rule, what, attribute, property) of each override an element (not a <style> block)
    makes by its tag, its attributes and its style's declarations, in that order."""
    family, colour = rule_ids.FONT_FAMILY_OVERRIDE, rule_ids.FONT_COLOR_OVERRIDE
    alignment = rule_ids.ALIGNMENT_OVERRIDE
    found: list[OffenceParts] = []
    if tag == "center":
        found.append((alignment, "a <center> element", None, None))
    if tag == "font":
        given = dict(attributes)
        if given.get("face"):
            found.append((family, "a <font face>", "face", None))
        if given.get("color"):
            found.append((colour, "a <font color>", "color", None))
    for rule, what, prop in declared_overrides(tag, decls, policy):
        found.append((rule, what, None, prop))
    for attr, attr_value in attributes:
        name = attr.lower()
        if name in policy.colour_attributes and tag not in ("img", "font"):
            found.append((colour, f"{name}= on <{tag}>", attr, None))
        elif name in policy.alignment_attributes and attr_value.lower() in policy.align_values:
            found.append((alignment, f"align={attr_value} on <{tag}>", attr, None))
    return tuple(found)


# --- what the enforcement pass measured, for the rules ----------------------------------------


@dataclass
class Measurements:
    """What is known of one message's tree: its parsed styles, and what the enforcement pass
    found of the tree it left (toolkit/enforce.py says why each holds), so that the rules need
    not walk the tree for it again. None: not known; the rule measures it itself (`bsm check`
    of a file, where no enforcement pass ran)."""

    styles: Styles = field(default_factory=Styles)
    active_content: list[Offence] | None = None  # BSM312
    style_overrides: list[Offence] | None = None  # BSM407-BSM409, BSM411 (some maybe dropped)
    margin_overflows: list[MarginOverflow] | None = None  # BSM405
    break_runs: list[list[HtmlElement]] | None = None  # BSM412, in the HTML
    # BSM410: the inline font sizes of text, the default counted, when no more than the limit
    # (the message may have fewer: a blank block dropped after counting)
    font_sizes: Counter[float] | None = None


def same_tree(a: HtmlElement, b: HtmlElement) -> bool:
    """Whether two trees hold the same nodes in the same places: tags, attributes in order,
    texts and tails (what every rule reads; only their source lines may differ)."""
    for x, y in zip_longest(a.iter(), b.iter()):
        if x is None or y is None or x.tag != y.tag or len(x) != len(y):
            return False
        if x.text != y.text or x.tail != y.tail:
            return False
        if isinstance(x.tag, str) and x.items() != y.items():
            return False
    return True


def is_in(el: HtmlElement, root: HtmlElement) -> bool:
    """Whether an element is still in the tree (not dropped since it was found)."""
    for ancestor in el.iterancestors():
        if ancestor is root:
            return True
    return el is root
