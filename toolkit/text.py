"""The plain-text part: one walk of the final HTML tree.

It writes what inscriptis (strict CSS profile, with the toolkit's links and no-break spaces)
wrote before it; tests/test_text.py compares the two on every example in every language, on the
public corpus and on generated HTML: blocks and their margins, line breaks, lists (`*`, `+`, `o`,
`-` by depth; `1.` numbered), tables laid out in columns, links as a reader writes them ("Guide:
https://..."), whitespace folded, and no-break spaces (U+00A0, U+202F) kept, so that "19,95 €"
never breaks across lines. On purpose it differs in three odd cases (the tests show them): it
does not decode character references a second time ("&amp;lt;" shows "&lt;", as the HTML does),
it keeps private-use characters, and it does not fail on a control character beside a no-break
space or on a list item numbered "²".

The layout model (canvas, blocks, margins, bullet prefixes, table cells) follows inscriptis'
closely so that the output stays the same; what costs there (a copied element object per tag,
a loop over every character, annotations) is left out.
"""

from __future__ import annotations

import re
from contextlib import suppress

from lxml.etree import Comment

from toolkit import dom
from toolkit.dom import HtmlElement

BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
# stands in for the colon between a link's text and its address: the language's colon replaces it
# at the end (it is one character wide while table columns are measured, as it always was)
LINK_COLON = "\ue002"
# whitespace folds into one space; no-break spaces from the text are kept, not folded
KEPT = re.compile("[\xa0\u202f\ufdd0\ufdd1]")
FOLDABLE = r"(?:[^\S\xa0\u202f]|[\ufdd0\ufdd1])+"
FOLDED = re.compile(FOLDABLE)
EDGE_SPACE = re.compile(rf"^{FOLDABLE}|{FOLDABLE}\Z")
# what came from elsewhere (a link's address, the tail of a comment) folds every space, as it
# did in inscriptis (no-break spaces stood in for only in the text of elements); kept as it is
# in pre-formatted text, it is marked, so that a table that writes it again folds it then
MARKS = {"\xa0": "\ufdd0", "\u202f": "\ufdd1"}
LENGTH = re.compile(r"(-?[0-9.]+)(\w+)")
MAX_EM = 100_000  # a margin of a million em is a bound, not a million blank lines

MAX_STYLES = 10_000
# what a style attribute changes in the text's layout: (Box field, value), in order
Changes = tuple[tuple[str, object], ...]
Styles = dict[str, Changes]

INLINE, BLOCK, NONE = 0, 1, 2
BULLETS = ("* ", "+ ", "o ", "- ")  # by list depth
ALIGN = {"left": str.ljust, "right": str.rjust, "center": str.center}
VALIGN = {"top": 0, "middle": 1, "bottom": 2}
# tag: display, margin before, margin after, indent, keeps whitespace, text before and after
Layout = tuple[int, int, int, int, bool, str]
BLOCK_1: Layout = (BLOCK, 1, 1, 0, False, "")
BLOCK_0: Layout = (BLOCK, 0, 0, 0, False, "")
PRE: Layout = (BLOCK, 0, 0, 0, True, "")
HIDDEN: Layout = (NONE, 0, 0, 0, False, "")
LIST: Layout = (BLOCK, 0, 0, 4, False, "")
PLAIN: Layout = (INLINE, 0, 0, 0, False, "")
PROFILE: dict[str, Layout] = {
    **dict.fromkeys(("head", "link", "meta", "script", "title", "style"), HIDDEN),
    **dict.fromkeys(("p", "figure", "h1", "h2", "h3", "h4", "h5", "h6"), BLOCK_1),
    **dict.fromkeys(("ul", "ol"), LIST),
    **dict.fromkeys(
        ("li", "address", "article", "aside", "div", "footer", "header", "hgroup", "layer",
         "main", "nav", "figcaption", "blockquote"),
        BLOCK_0,
    ),
    **dict.fromkeys(("pre", "xmp", "listing", "plaintext"), PRE),
    "q": (INLINE, 0, 0, 0, False, '"'),
}  # fmt: skip


def plain_text(root: HtmlElement, colon: str = ":", styles: Styles | None = None) -> str:
    """The text part, derived from the final HTML (one source for both). A link reads
    "text: address", with the language's `colon` (French puts a no-break space before it).
    `styles`: what each style attribute changes, read once and kept there for the next call."""
    if styles is None:
        styles = {}
    elif len(styles) > MAX_STYLES:  # a bound: the templates have a few dozen
        styles.clear()
    walk = Walk(styles)
    walk.element(dom.body(root), walk.top)
    text = unmark(walk.document.text()).replace(LINK_COLON, colon)
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    return BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip() + "\n"


def mark(text: str) -> str:
    for space, marked in MARKS.items():
        text = text.replace(space, marked)
    return text


def unmark(text: str) -> str:
    for space, marked in MARKS.items():
        text = text.replace(marked, space)
    return text


def as_inscriptis(line: str) -> str:
    """The line as inscriptis saw it: the text's no-break spaces stood in for, no others."""
    for space, stand_in in (("\xa0", "\ue000"), ("\u202f", "\ue001")):
        line = line.replace(space, stand_in)
    return unmark(line)


class Prefix:
    """The indent and the bullet still to be written in front of a canvas' lines."""

    __slots__ = ("bullets", "consumed", "indent", "indents")

    def __init__(self) -> None:
        self.indent = 0
        self.indents: list[int] = []
        self.bullets: list[str] = []
        self.consumed = False

    def push(self, indent: int, bullet: str) -> None:
        self.indent += indent
        self.indents.append(indent)
        self.bullets.append(bullet)

    def pop(self) -> None:
        if self.indents:
            self.indent -= self.indents.pop()
            del self.bullets[-1]

    def next_bullet(self) -> str:
        """The innermost bullet not written yet (written once)."""
        for i in range(len(self.bullets) - 1, -1, -1):
            if self.bullets[i]:
                bullet, self.bullets[i] = self.bullets[i], ""
                return bullet
        return ""

    def first(self) -> str:
        """What a line starts with: its indent, the bullet at its end."""
        if self.consumed:
            return ""
        self.consumed = True
        bullet = self.next_bullet()
        return " " * (self.indent - len(bullet)) + bullet

    def unconsumed_bullet(self) -> str:
        """A bullet whose item wrote nothing before a block opened or closed."""
        if self.consumed:
            return ""
        bullet = self.next_bullet()
        if not bullet:
            return ""
        return " " * (self.indent - self.indents[-1] - len(bullet)) + bullet


class Canvas:
    """Finished lines (`blocks`) and the line being written, with the margin after the last."""

    __slots__ = ("blocks", "collapsible", "line", "margin", "prefix")

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.margin = 1000  # nothing written yet: no margin above the first block
        self.line = ""
        self.collapsible = True  # a space written last may fold with the next one
        self.prefix = Prefix()

    def content(self) -> str:
        """The line so far; a trailing space that could still fold is dropped."""
        if self.collapsible and self.line.endswith(" "):
            self.line = self.line[:-1]
        return self.line

    def new_line(self) -> None:
        self.prefix.consumed = False
        self.line, self.collapsible = "", True

    def write(self, text: str, pre: bool, foreign: bool = False) -> None:
        """Whitespace folds into one space, across writes too; a line starts with its prefix.
        `foreign`: text from elsewhere than an element's text, whose no-break spaces fold."""
        if pre:
            self.write_pre(mark(text) if foreign else text)
            return
        if self.collapsible and text.isascii() and text.isspace():  # a tail between blocks
            return
        if not foreign and not text.isascii() and KEPT.search(text):
            text = FOLDED.sub(" ", text)
        else:  # no space to keep: the faster way
            words = " ".join(text.split())
            if not words:
                text = " " if text else ""
            else:
                lead, trail = text[0].isspace(), text[-1].isspace()
                text = f"{' ' if lead else ''}{words}{' ' if trail else ''}"
        if self.collapsible and text[:1] == " ":
            text = text[1:]
        if not text:
            return
        self.collapsible = text[-1] == " "
        self.line = self.line + text if self.line else self.prefix.first() + text

    def write_pre(self, text: str) -> None:
        self.line += self.prefix.first() + text.replace("\n", "\n" + " " * self.prefix.indent)
        self.collapsible = False

    def flush(self) -> bool:
        """End the line if it has any text; whether it had."""
        if self.line and self.content():
            self.blocks.append(self.line)
            self.new_line()
            self.margin = 0
            return True
        return False

    def write_unconsumed_bullet(self) -> None:
        bullet = self.prefix.unconsumed_bullet()
        if bullet:
            self.blocks.append(bullet)
            self.new_line()
            self.margin = 0

    def open_block(self, box: Box) -> None:
        if not self.flush() and box.bullet:
            self.write_unconsumed_bullet()
        self.prefix.push(box.indent, box.bullet)
        self.add_margin(max(box.margin_above, box.margin_before))

    def close(self, box: Box) -> None:
        """The end of a block (of nothing else)."""
        if not self.flush() and box.bullet:
            self.write_unconsumed_bullet()
        self.prefix.pop()
        self.add_margin(box.margin_after)

    def add_margin(self, margin: int) -> None:
        if margin > self.margin:
            self.blocks.append("\n" * (margin - self.margin - 1))
            self.margin = margin

    def newline(self) -> None:
        if not self.flush():
            self.blocks.append("")
            self.new_line()

    def text(self) -> str:
        self.flush()
        return "\n".join(self.blocks)


class Cell(Canvas):
    __slots__ = ("align", "valign")

    def __init__(self, align: str, valign: int) -> None:
        super().__init__()
        self.align, self.valign = align, valign

    def lines(self) -> list[str]:
        self.flush()
        return [line for block in self.blocks for line in block.split("\n")] or [""]


class Box:
    """An element as laid out: its display, margins, indent, bullet, and where it writes."""

    __slots__ = (
        "affix", "align", "bullet", "canvas", "display", "indent", "margin_above",
        "margin_after", "margin_before", "pre", "valign",
    )  # fmt: skip

    def __init__(self, canvas: Canvas, layout: Layout) -> None:
        self.canvas = canvas
        self.display, self.margin_before, self.margin_after, self.indent, self.pre, self.affix = (
            layout
        )
        self.margin_above = 0  # the bottom margin of the block this one opens in
        self.bullet = ""
        self.align, self.valign = "left", 1

    def write(self, text: str | None, foreign: bool = False) -> None:
        if text and self.display != NONE:
            self.canvas.write(
                f"{self.affix}{text}{self.affix}" if self.affix else text, self.pre, foreign
            )


class Walk:
    """One walk of the tree: the open tables and lists, the link being written."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles  # what each style attribute changes, read once
        self.document = Canvas()
        self.top = Box(self.document, PLAIN)  # what <body> opens in
        self.tables: list[list[list[Cell]]] = []  # rows of cells
        self.counters: list[str | int] = []  # per open list: its bullet, or the next number
        self.link = ""

    def element(self, el: HtmlElement, parent: Box) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            if tag is Comment and el.tail:  # written by the parent's canvas, even a hidden one
                parent.canvas.write(el.tail, parent.pre, foreign=True)
            return
        box = Box(parent.canvas, PROFILE.get(tag, PLAIN))
        for name, value in el.items():  # in their order: a later one wins
            if name == "style":
                changes = self.styles.get(value)
                if changes is None:
                    changes = self.styles[value] = style_changes(value)
                for field, change in changes:
                    if field != "display" or box.display != NONE:
                        setattr(box, field, change)
            elif name == "align":
                if value in ALIGN:
                    box.align = value
            elif name == "valign" and value in VALIGN:
                box.valign = VALIGN[value]
        if parent.display == NONE:
            box.display = NONE
        elif box.display == BLOCK and parent.display == BLOCK:
            box.margin_above = parent.margin_after
        start = STARTS.get(tag)
        if start is not None:
            start(self, el, box)
        if box.display == BLOCK:
            box.canvas.open_block(box)
        box.write(el.text)
        for child in el:
            self.element(child, box)
        end = ENDS.get(tag)
        if end is not None:
            end(self, box, parent)
        if box.display == BLOCK:
            box.canvas.close(box)
        parent.write(el.tail)

    # --- start and end of the elements that lay out more than a box ---------------------------

    def start_link(self, el: HtmlElement, box: Box) -> None:
        self.link = el.get("href") or ""

    def end_link(self, box: Box, parent: Box) -> None:
        """ "Write a review on Amazon: https://..." (a reader's form, not Markdown's
        "[text](url)"); a link whose text is its address is written once."""
        target, self.link = self.link, ""
        if target and not as_inscriptis(self.document.content()).rstrip().endswith(target):
            box.write(f"{LINK_COLON} {target}", foreign=True)

    def start_br(self, el: HtmlElement, box: Box) -> None:
        box.canvas.newline()

    def start_ul(self, el: HtmlElement, box: Box) -> None:
        self.counters.append(BULLETS[len(self.counters) % len(BULLETS)])

    def start_ol(self, el: HtmlElement, box: Box) -> None:
        self.counters.append(1)

    def end_list(self, box: Box, parent: Box) -> None:
        self.counters.pop()

    def start_li(self, el: HtmlElement, box: Box) -> None:
        bullet = self.counters[-1] if self.counters else "* "
        if isinstance(bullet, int):
            value = el.get("value")
            if value is not None and value.isdecimal():  # inscriptis: isdigit, then int() fails
                bullet = int(value)
            self.counters[-1] = bullet + 1
            box.bullet = f"{bullet}. "
        else:
            box.bullet = bullet

    def start_table(self, el: HtmlElement, box: Box) -> None:
        box.canvas = Canvas()  # what stands between the cells, written before the table
        self.tables.append([])

    def start_row(self, el: HtmlElement, box: Box) -> None:
        if self.tables:
            self.tables[-1].append([])

    def start_cell(self, el: HtmlElement, box: Box) -> None:
        if self.tables:
            cell = Cell(box.align, box.valign)
            box.canvas = cell
            rows = self.tables[-1]
            if not rows:
                rows.append([])
            rows[-1].append(cell)

    def end_cell(self, box: Box, parent: Box) -> None:
        if self.tables and box.display == BLOCK:
            box.canvas.close(box)

    def end_table(self, box: Box, parent: Box) -> None:
        if box.display == BLOCK:
            box.canvas.close(box)
        rows = self.tables.pop()
        outside = EDGE_SPACE.sub("", box.canvas.text())
        canvas = parent.canvas
        if outside:
            parent.write(outside)
            canvas.newline()
        if parent.display == BLOCK:
            canvas.open_block(parent)
        canvas.write_pre(table_text(rows))
        if parent.display == BLOCK:
            canvas.add_margin(parent.margin_after)
        canvas.flush()
        if parent.display == BLOCK:
            canvas.prefix.pop()


STARTS = {
    "a": Walk.start_link, "br": Walk.start_br, "ul": Walk.start_ul, "ol": Walk.start_ol,
    "li": Walk.start_li, "table": Walk.start_table, "tr": Walk.start_row,
    "td": Walk.start_cell, "th": Walk.start_cell,
}  # fmt: skip
ENDS = {
    "a": Walk.end_link, "ul": Walk.end_list, "ol": Walk.end_list, "td": Walk.end_cell,
    "th": Walk.end_cell, "table": Walk.end_table,
}  # fmt: skip


def table_text(rows: list[list[Cell]]) -> str:
    """The rows with their cells side by side, each column as wide as its widest cell."""
    if not rows:
        return "\n"
    cells = [[cell.lines() for cell in row] for row in rows]
    widths: list[int] = []
    for row_lines in cells:
        for i, lines in enumerate(row_lines):
            width = max(len(line) for line in lines)
            if i == len(widths):
                widths.append(width)
            elif width > widths[i]:
                widths[i] = width
    out = []
    for row, row_lines in zip(rows, cells, strict=True):
        height = max((len(lines) for lines in row_lines), default=0)
        columns = []
        for cell, lines, width in zip(row, row_lines, widths, strict=False):
            top = (height - len(lines)) * cell.valign // 2
            blank = [" " * width]
            pad = ALIGN[cell.align]
            aligned = [pad(line, width) for line in lines]
            columns.append(blank * top + aligned + blank * (height - len(lines) - top))
        out.append("\n".join("  ".join(line) for line in zip(*columns, strict=True)))
    return "\n".join(out) + "\n"


def style_changes(style: str) -> Changes:
    """What a style attribute changes in the text's layout: (Box field, value), in order."""
    changes: list[tuple[str, object]] = []
    for declaration in style.lower().split(";"):
        if ":" not in declaration:
            continue
        name, value = (part.strip() for part in declaration.split(":", 1))
        name = name.replace("-webkit-", "").replace("-", "_")  # as inscriptis finds its methods
        if name == "display":
            display = BLOCK if value == "block" else NONE if value == "none" else INLINE
            changes.append(("display", display))
        elif name == "white_space":
            if value in ("normal", "nowrap", "pre", "pre-line", "pre-wrap"):
                changes.append(("pre", value.startswith("pre")))
        elif name in LENGTHS:
            lines = em(value)
            if lines is not None:
                changes.append((LENGTHS[name], lines))
        elif name == "horizontal_align":
            if value in ALIGN:
                changes.append(("align", value))
        elif name == "vertical_align":
            if value in VALIGN:
                changes.append(("valign", VALIGN[value]))
        elif name == "style":  # "style: display: none" is read as a style of its own
            changes.extend(style_changes(value))
    return tuple(changes)


LENGTHS = {
    "margin_top": "margin_before", "margin_before": "margin_before",
    "margin_bottom": "margin_after", "margin_after": "margin_after",
    "padding_left": "indent", "padding_start": "indent",
}  # fmt: skip


def em(length: str) -> int | None:
    """A length in lines (8 px to a line, as inscriptis counts); None if it is no length."""
    found = LENGTH.search(length)
    if found is None:
        return None
    with suppress(ValueError, OverflowError):  # "1.2.3px"; 400 digits (inscriptis fails there)
        value = float(found.group(1))
        if found.group(2) not in ("em", "qem", "rem"):
            value /= 8
        return min(round(value), MAX_EM)
    return None
