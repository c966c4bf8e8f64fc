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
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeAlias, cast

from lxml import etree

from toolkit import dom
from toolkit.dom import HtmlElement
from toolkit.policy import Policy

MAX_STYLESHEET_CHARS = 64_000  # past it a block is not read
COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.S)
BRACES = re.compile(r"[{};]")
SETS_SIZE = re.compile(r"font(?:-size)?\s*:", re.I)  # a rule that can set a size
Specificity = tuple[int, ...]
# the XPath cssselect's HTML translator writes for a lone tag name, and for a lone class
TAG_PATH = re.compile(r"descendant-or-self::([a-z][a-z0-9]*)")
CLASS_PATH = re.compile(
    r"descendant-or-self::\*\[@class and contains\(@class, '([A-Za-z0-9_-]+)'\) and "
    r"contains\(concat\(' ', normalize-space\(@class\), ' '\), ' \1 '\)\]"
)
XML_SPACE = re.compile(r"[ \t\r\n]+")  # what XPath's normalize-space() collapses
CSS_SPACE = " \t\r\n\f"  # what cssselect skips between selectors
SIMPLE_TAG = re.compile(r"[a-zA-Z][a-zA-Z0-9]*")  # "td", "H1": a lone tag name
SIMPLE_CLASS = re.compile(r"\.-?[_a-zA-Z][_a-zA-Z0-9-]*")  # ".button--green": a lone class

if TYPE_CHECKING:  # cssselect loads for a message with a <style> block that sets a size
    from lxml.cssselect import CSSSelector

    from toolkit.rules.memo import Memo

Step: TypeAlias = tuple[str, str]  # ("tag" or "class", a name)
# a selector; a lone tag name or class; or ("descendant", a step, a step below it: "td p")
Matcher: TypeAlias = "CSSSelector | Step | tuple[str, Step, Step]"


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
        simple = simple_selectors(prelude)
        if simple is not None:  # lone tag names and classes: read as cssselect reads them
            for selector, specificity in simple:
                for prop, value in sizes:
                    yield selector, specificity, prop, value
            continue
        try:
            selectors = cssselect.parse(prelude)
        except cssselect.SelectorError:
            continue  # not a selector cssselect reads: it matches nothing here
        for parsed in selectors:
            for prop, value in sizes:
                yield parsed.canonical(), parsed.specificity(), prop, value


def simple_selectors(prelude: str) -> list[tuple[str, Specificity]] | None:
    """Each selector of a group made only of lone tag names and classes ("td, th", ".a"), as
    cssselect writes it and how specific it is (parsing them with cssselect takes ten times as
    long); None for any other group, which cssselect reads."""
    found: list[tuple[str, Specificity]] = []
    for piece in prelude.split(","):
        selector = piece.strip(CSS_SPACE)
        if SIMPLE_TAG.fullmatch(selector):
            found.append((selector, (0, 0, 1)))
        elif SIMPLE_CLASS.fullmatch(selector):
            found.append((selector, (0, 1, 0)))
        else:
            return None
    return found


def simple_matcher(selector: str) -> Matcher | None:
    """What `matcher` makes of a lone tag name or class, without compiling it (cssselect's
    HTML translator lowers tag names, not classes)."""
    if SIMPLE_TAG.fullmatch(selector):
        return ("tag", selector.lower())
    if SIMPLE_CLASS.fullmatch(selector):
        return ("class", selector[1:])
    return None


def compiled_sheet(css: str) -> tuple[tuple[Matcher, str, str], ...]:
    """(matcher, property, value) of each size a stylesheet declares, compiled, the least
    specific first (of equals the earlier first): applied in this order, the later ones win.
    Selectors that match nothing here (`:hover`, `::after`, unknown ones) are left out. A pure
    function of the text: a template's stylesheet is compiled once (`Memo`), not per message."""
    from cssselect import ExpressionError, SelectorError
    from lxml.cssselect import CSSSelector

    ranked = sorted(
        (specificity, order, selector, prop, value)
        for order, (selector, specificity, prop, value) in enumerate(declarations(css))
    )
    compiled: dict[str, Matcher | None] = {}
    sheet = []
    for _, _, selector, prop, value in ranked:
        if selector not in compiled:
            try:
                compiled[selector] = simple_matcher(selector) or matcher(
                    CSSSelector(selector, translator="html")
                )
            except (SelectorError, ExpressionError):
                compiled[selector] = None  # :hover, ::after, or one cssselect does not know
        chosen = compiled[selector]
        if chosen is not None:
            sheet.append((chosen, prop, value))
    return tuple(sheet)


def matcher(select: CSSSelector) -> Matcher:
    """The selector, or for a lone tag name or class what its XPath asks: the elements of that
    tag (`root.iter(tag)`), or those whose class attribute, split at XML white space as
    normalize-space() does, holds that class (libxml2 takes ten times as long for a class);
    for one of those below another ("td p", ".heading p"), the elements of the second with an
    ancestor of the first (libxml2 looks below every element of the first)."""
    found = step_of(select.path)
    if found is not None:
        return found
    above, descendant, below = select.path.partition("/descendant::")
    if descendant:
        outer, inner = step_of(above), step_of(f"descendant-or-self::{below}")
        if outer is not None and inner is not None:
            return ("descendant", outer, inner)
    return select


def step_of(path: str) -> Step | None:
    """A lone tag name's or class's XPath as the step it is (`matcher`), else None."""
    tag = TAG_PATH.fullmatch(path)
    if tag:
        return ("tag", tag.group(1))
    name = CLASS_PATH.fullmatch(path)
    if name:
        return ("class", name.group(1))
    return None


def class_index(root: HtmlElement) -> dict[str, list[HtmlElement]]:
    """The elements that have each class, in document order, found in one walk."""
    return index_classes(dom.tagged(root))


def index_classes(nodes: Iterable[dom.Tagged]) -> dict[str, list[HtmlElement]]:
    """`class_index` of elements whose attributes are read (`dom.ElementView`)."""
    index: dict[str, list[HtmlElement]] = {}
    for el, _, items in nodes:
        names = None
        for attribute, value in items:  # a plain loop: a generator per element costs more
            if attribute == "class":
                names = value
                break
        if not names:
            continue
        if "\t" in names or "\n" in names or "\r" in names:
            split = XML_SPACE.split(names)
        else:  # the common case: only spaces between the names
            split = names.split(" ")
        for name in dict.fromkeys(split):
            if name:
                index.setdefault(name, []).append(el)
    return index


def declared(
    root: HtmlElement, memo: Memo | None = None, view: dom.ElementView | None = None
) -> dict[HtmlElement, tuple[str, str]]:
    """The font or font-size declaration each element gets from the <style> blocks. `view`:
    the tree's elements already read, by tag and by class (else the tree is walked)."""
    css = style_text(root)
    if not SETS_SIZE.search(css):
        return {}
    if memo is None:
        sheet = compiled_sheet(css)
    else:
        sheet = memo.recall(("stylesheet", css), compiled_sheet, css)
    found: dict[HtmlElement, tuple[str, str]] = {}
    classes: dict[str, list[HtmlElement]] | None = None

    def of_step(step: Step) -> Iterable[HtmlElement]:
        nonlocal classes
        kind, name = step
        if kind == "tag":
            return root.iter(name) if view is None else view.by_tag(name)
        if view is not None:
            return view.classes().get(name, ())
        classes = class_index(root) if classes is None else classes
        return classes.get(name, ())

    for select, prop, value in sheet:  # the least specific first: the later ones win
        chosen: Iterable[HtmlElement]
        if isinstance(select, tuple) and select[0] == "descendant":
            _, outer, inner = cast(tuple[str, Step, Step], select)
            chosen = below(of_step(inner), set(of_step(outer)))
        elif isinstance(select, tuple):
            chosen = of_step(cast(Step, select))
        else:
            try:
                chosen = select(root)
            except etree.XPathEvalError:  # an unknown namespace prefix ("o|p"): matches nothing
                continue
        for el in chosen:
            found[el] = (prop, value)
    return found


def below(els: Iterable[HtmlElement], above: set[HtmlElement]) -> list[HtmlElement]:
    """Those of `els` (in document order) with an ancestor among `above`."""
    found: list[HtmlElement] = []
    if not above:  # the common case: no element of the outer step
        return found
    for el in els:
        for ancestor in el.iterancestors():
            if ancestor in above:
                found.append(el)
                break
    return found


def shorthand_size(value: str, policy: Policy) -> str | None:
    """The size in a `font` shorthand ("bold 14px/1.4 Arial" -> "14px")."""
    for token in value.split():
        size = token.split("/")[0]
        if dom.font_size_px(size, policy) is not None and not size.isdigit():
            return size
    return None


def sheet_font_sizes(
    root: HtmlElement,
    policy: Policy,
    memo: Memo | None = None,
    view: dom.ElementView | None = None,
) -> dict[HtmlElement, float]:
    """The font size each element gets from the <style> blocks (font-size, or `font`)."""
    sizes = {}
    read: dict[tuple[str, str], float | None] = {}  # a stylesheet sets a few sizes on many
    for el, declaration in declared(root, memo, view).items():
        if declaration in read:
            size = read[declaration]
        else:
            prop, value = declaration
            text = shorthand_size(value, policy) if prop == "font" else value
            size = read[declaration] = dom.font_size_px(text, policy) if text else None
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
    view: dom.ElementView | None = None,
) -> list[tuple[HtmlElement, float]]:
    """Each element with text that sets a font size, inline or in a <style> block, and the
    size (rounded to 0.1 px), in document order. `memo`: where compiled stylesheets are kept;
    `view`: the tree's elements already read."""
    styles = styles or dom.Styles()
    has_style = root.find(".//style") is not None if view is None else bool(view.by_tag("style"))
    sheet = sheet_font_sizes(root, policy, memo, view) if has_style else {}
    uses = []
    els = list(dom.elements(dom.body(root)))
    texts = dom.with_text(els)
    if view is None:
        nodes: Iterable[dom.Tagged] = ((el, el.tag, tuple(el.items())) for el in els)
    else:  # the body's elements are a run of the tree's, in the same order
        start = next(i for i, (el, _, _) in enumerate(view.tagged) if el is els[0])
        nodes = view.tagged[start : start + len(els)]
    for node in nodes:
        el = node[0]
        if el not in texts:
            continue
        if el in sheet and not sets_inline_size(el, styles):
            size: float | None = sheet[el]
        else:
            size = styles.tagged_font_size(node, policy)
        if size is not None:
            uses.append((el, round(size, 1)))
    return uses
