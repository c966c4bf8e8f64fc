"""What a message's `<style>` blocks declare for its elements, for the rules that count what a
reader sees (BSM410: a font size set in a `<style>` rule counts like an inline one).

The blocks are split into rules by their braces (only a rule that can set the property is read
further: cssutils took 15-40 ms for a builder's stylesheet) and their declarations read as an
inline style is; the selectors are parsed and matched with cssselect (lxml). Only the
top-level rules apply: an `@media` rule holds sizes for some screens, a selector that no
element can match here (`:hover`, `::after`) holds none. Of the rules that set a property for
an element the most specific wins, the later of equals; an inline style wins over all of them.
The fixer inlines these blocks (premailer) before it folds sizes, so it sees the same sizes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from toolkit import dom
from toolkit.dom import HtmlElement
from toolkit.policy import Policy

MAX_STYLESHEET_CHARS = 64_000  # past it a block is not read
COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.S)
BRACES = re.compile(r"[{};]")
SETS_SIZE = re.compile(r"font(?:-size)?\s*:", re.I)  # a rule that can set a size
Specificity = tuple[int, ...]

if TYPE_CHECKING:  # cssselect loads for a message with a <style> block that sets a size
    from lxml.cssselect import CSSSelector

    from toolkit.rules.memo import Memo


def style_text(root: HtmlElement) -> str:
    text = "\n".join(el.text or "" for el in root.iter("style"))
    return text[:MAX_STYLESHEET_CHARS]


def top_level_rules(css: str) -> Iterator[tuple[str, str]]:
    """(selectors, declarations) of each top-level rule that can set a font size, found by one
    scan of the braces. @-rules are left out whole (and what is inside them)."""
    css = COMMENT.sub(" ", css)
    depth, start, body_start = 0, 0, 0
    for special in BRACES.finditer(css):  # only these characters change the state
        at, ch = special.start(), special.group()
        if ch == "{":
            if depth == 0:
                body_start = at
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
            if depth == 0:
                prelude, body = css[start:body_start].strip(), css[body_start + 1 : at]
                if not prelude.startswith("@") and SETS_SIZE.search(body):
                    yield prelude, body
                start = at + 1
        elif ch == ";" and depth == 0:
            start = at + 1  # "@import ...;", "@charset ...;"


def declarations(css: str) -> Iterator[tuple[str, Specificity, str, str]]:
    """(selector, specificity, property, value) of each top-level rule's font-size or font."""
    import cssselect

    for prelude, body in top_level_rules(css):
        sizes = [(p, v) for p, v in dom.parse_style(body) if p in ("font", "font-size")]
        if not sizes:
            continue
        try:
            selectors = cssselect.parse(prelude)
        except cssselect.SelectorError:
            continue  # not a selector cssselect reads: it matches nothing here
        for selector in selectors:
            for prop, value in sizes:
                yield selector.canonical(), selector.specificity(), prop, value


def compiled_sheet(css: str) -> tuple[tuple[CSSSelector, str, str], ...]:
    """(selector, property, value) of each size a stylesheet declares, compiled, the least
    specific first (of equals the earlier first): applied in this order, the later ones win.
    Selectors that match nothing here (`:hover`, `::after`, unknown ones) are left out. A pure
    function of the text: a template's stylesheet is compiled once (`Memo`), not per message."""
    from cssselect import ExpressionError, SelectorError
    from lxml.cssselect import CSSSelector

    ranked = sorted(
        (specificity, order, selector, prop, value)
        for order, (selector, specificity, prop, value) in enumerate(declarations(css))
    )
    compiled: dict[str, CSSSelector | None] = {}
    sheet = []
    for _, _, selector, prop, value in ranked:
        if selector not in compiled:
            try:
                compiled[selector] = CSSSelector(selector, translator="html")
            except (SelectorError, ExpressionError):
                compiled[selector] = None  # :hover, ::after, or one cssselect does not know
        select = compiled[selector]
        if select is not None:
            sheet.append((select, prop, value))
    return tuple(sheet)


def declared(root: HtmlElement, memo: Memo | None = None) -> dict[HtmlElement, tuple[str, str]]:
    """The font or font-size declaration each element gets from the <style> blocks."""
    css = style_text(root)
    if not SETS_SIZE.search(css):
        return {}
    if memo is None:
        sheet = compiled_sheet(css)
    else:
        sheet = memo.recall(("stylesheet", css), partial(compiled_sheet, css))
    found: dict[HtmlElement, tuple[str, str]] = {}
    for select, prop, value in sheet:  # the least specific first: the later ones win
        for el in select(root):
            found[el] = (prop, value)
    return found


def shorthand_size(value: str, policy: Policy) -> str | None:
    """The size in a `font` shorthand ("bold 14px/1.4 Arial" -> "14px")."""
    for token in value.split():
        size = token.split("/")[0]
        if dom.font_size_px(size, policy) is not None and not size.isdigit():
            return size
    return None


def sheet_font_sizes(
    root: HtmlElement, policy: Policy, memo: Memo | None = None
) -> dict[HtmlElement, float]:
    """The font size each element gets from the <style> blocks (font-size, or `font`)."""
    sizes = {}
    for el, (prop, value) in declared(root, memo).items():
        text = shorthand_size(value, policy) if prop == "font" else value
        size = dom.font_size_px(text, policy) if text else None
        if size is not None:
            sizes[el] = size
    return sizes


def sets_inline_size(el: HtmlElement, styles: dom.Styles) -> bool:
    return any(p in ("font-size", "font") for p, _ in styles.of(el))


def font_size_uses(
    root: HtmlElement,
    policy: Policy,
    styles: dom.Styles | None = None,
    memo: Memo | None = None,
) -> list[tuple[HtmlElement, float]]:
    """Each element with text that sets a font size, inline or in a <style> block, and the
    size (rounded to 0.1 px), in document order. `memo`: where compiled stylesheets are kept."""
    styles = styles or dom.Styles()
    sheet = sheet_font_sizes(root, policy, memo) if root.find(".//style") is not None else {}
    uses = []
    for el in dom.elements(dom.body(root)):
        if el in sheet and not sets_inline_size(el, styles):
            size: float | None = sheet[el]
        else:
            size = dom.element_font_size(el, policy, styles)
        if size is not None and dom.has_text(el):
            uses.append((el, round(size, 1)))
    return uses
