"""What a message's `<style>` blocks declare for its elements, for the rules that count what a
reader sees (BSM410: a font size set in a `<style>` rule counts like an inline one).

The blocks are read with cssutils and their selectors matched with lxml's cssselect. Only the
top-level rules apply: an `@media` rule holds sizes for some screens, a selector that no
element can match here (`:hover`, `::after`) holds none. Of the rules that set a property for
an element the most specific wins, the later of equals; an inline style wins over all of them.
The fixer inlines these blocks (premailer) before it folds sizes, so it sees the same sizes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import cssutils
from cssselect import ExpressionError, SelectorError
from lxml.cssselect import CSSSelector

from toolkit import dom
from toolkit.dom import HtmlElement
from toolkit.policy import Policy

MAX_STYLESHEET_CHARS = 64_000  # past it a block is not read (cssutils takes ~0.3 ms a rule)
Specificity = tuple[int, ...]


def style_text(root: HtmlElement) -> str:
    text = "\n".join(el.text or "" for el in root.iter("style"))
    return text[:MAX_STYLESHEET_CHARS]


def declarations(css: str, prop: str) -> Iterator[tuple[str, Specificity, str]]:
    """(selector, specificity, value) of each top-level rule that sets `prop`."""
    parser = cssutils.CSSParser(loglevel=logging.CRITICAL, raiseExceptions=False, validate=False)
    sheet = parser.parseString(css)
    for rule in sheet.cssRules:
        if rule.type != rule.STYLE_RULE:
            continue  # @media, @font-face, @import ...: no size for every reader
        value = rule.style.getPropertyValue(prop)
        if not value:
            continue
        for selector in rule.selectorList:
            yield selector.selectorText, tuple(selector.specificity), value


def declared(root: HtmlElement, prop: str) -> dict[HtmlElement, str]:
    """The value of `prop` each element gets from the message's <style> blocks."""
    css = style_text(root)
    if not css.strip() or prop not in css.lower():
        return {}
    ranked = sorted(
        (specificity, order, selector, value)
        for order, (selector, specificity, value) in enumerate(declarations(css, prop))
    )
    found: dict[HtmlElement, str] = {}
    for _, _, selector, value in ranked:  # the least specific first: the later ones win
        try:
            matched = CSSSelector(selector, translator="html")(root)
        except (SelectorError, ExpressionError):
            continue  # :hover, ::after, or a selector cssselect does not know
        for el in matched:
            found[el] = value
    return found


def shorthand_size(value: str, policy: Policy) -> str | None:
    """The size in a `font` shorthand ("bold 14px/1.4 Arial" -> "14px")."""
    for token in value.split():
        size = token.split("/")[0]
        if dom.font_size_px(size, policy) is not None and not size.isdigit():
            return size
    return None


def sheet_font_sizes(root: HtmlElement, policy: Policy) -> dict[HtmlElement, float]:
    """The font size each element gets from the <style> blocks (font-size, or `font`)."""
    values = {
        el: size
        for el, value in declared(root, "font").items()
        if (size := shorthand_size(value, policy))
    }
    values.update(declared(root, "font-size"))
    sizes = {el: dom.font_size_px(value, policy) for el, value in values.items()}
    return {el: size for el, size in sizes.items() if size is not None}


def sets_inline_size(el: HtmlElement) -> bool:
    return any(p in ("font-size", "font") for p, _ in dom.parse_style(el.get("style")))


def font_size_uses(root: HtmlElement, policy: Policy) -> list[tuple[HtmlElement, float]]:
    """Each element with text that sets a font size, inline or in a <style> block, and the
    size (rounded to 0.1 px), in document order."""
    sheet = sheet_font_sizes(root, policy) if root.find(".//style") is not None else {}
    uses = []
    for el in dom.elements(dom.body(root)):
        if el in sheet and not sets_inline_size(el):
            size: float | None = sheet[el]
        else:
            size = dom.element_font_size(el, policy)
        if size is not None and dom.has_text(el):
            uses.append((el, round(size, 1)))
    return uses
