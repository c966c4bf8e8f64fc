"""What a check sees (`Subject`) and what it reports (`Hit`)."""

from __future__ import annotations

import html as html_lib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property, partial
from itertools import accumulate
from typing import TYPE_CHECKING, Protocol

from toolkit import dom
from toolkit.attachments import FileTypes, load_file_types
from toolkit.catalog import Catalog, MessageType
from toolkit.detect import Detectors
from toolkit.dom import HtmlElement
from toolkit.errors import InputError
from toolkit.image_words import ImageWords
from toolkit.model import Message
from toolkit.policy import Policy
from toolkit.rules.memo import Memo
from toolkit.rules.phrases import PhraseBook, Phrases

if TYPE_CHECKING:  # the spelling module registers a rule: it imports this one
    from toolkit.orders import OrderDocument  # a check without --order never loads it
    from toolkit.rules.spelling import Spelling

# what of an HTML source a reader does not see as text: comments, scripts, styles, the head, tags.
# A block runs to its first end tag ("<head ...>" to "</head>", as `.*?(?:</\1\s*>|\Z)` reads
# it), found by skipping to each "<" and asking there: not by trying the end tag at every
# character (a fifth of a millisecond for a message with a long <style> block in its head).
MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|head|title)\b[^<]*(?:<(?!/\1\s*>)[^<]*)*(?:</\1\s*>|\Z)"
    r"|<[^>]*>?",
    re.S | re.I,
)


class Context(StrEnum):
    TYPE = "type"  # the message's type (--type, or the order document's)
    LOCALE = "locale"  # the buyer's locale
    ORDER = "order"  # the order document
    NOW = "now"  # when it is sent
    LEDGER = "ledger"  # what was sent before


class Ledger(Protocol):
    def review_requests(self, order_id: str) -> int: ...

    def proactive_sent_on(self, day: str) -> int: ...

    def average_daily_orders(self) -> float | None: ...


@dataclass(frozen=True)
class Hit:
    """What a rule's check found, and where: made into a Finding once located."""

    message: str
    part: str = "html"  # subject, html, text, attachment, order
    element: HtmlElement | None = None  # where in the HTML
    needle: str | None = None  # the text found, to locate it in the part's source
    offset: int | None = None  # its offset in the part's text, when known
    # (for the HTML: in `Subject.html_text`; for an attachment: its index in the message's)


@dataclass
class Subject:
    """One message, parsed once, with the context that is known about it."""

    message: Message
    root: HtmlElement
    policy: Policy
    detectors: Detectors
    catalog: Catalog
    book: PhraseBook
    html_source: str = ""
    language: str | None = None
    type_id: str | None = None
    doc: OrderDocument | None = None
    now: datetime | None = None
    ledger: Ledger | None = None
    image_bytes: dict[str, bytes] = field(default_factory=dict)  # src (cid:, data:, path) -> bytes
    regions: tuple[str, ...] = ()
    spelling: Spelling | None = None  # the dictionaries BSM414 reads (the Toolkit's)
    file_types: FileTypes = field(default_factory=load_file_types)  # what attachments really are
    image_words: ImageWords = field(default_factory=ImageWords.load)  # what an image is
    seller_name: str | None = None  # the shop's name: the order's seller.name, else the project's
    memo: Memo = field(default_factory=lambda: Memo(limit=0))  # the Toolkit's: judgements kept
    # the parsed styles, and what the enforcement pass measured when `root` is what it left
    measured: dom.Measurements = field(default_factory=dom.Measurements)
    # `root` is the tree the enforcement pass left, not `html_source` parsed (render_order):
    # its elements are placed where their twins are in the source parsed
    enforced: bool = False
    # every node of `root`, held: while a node's Python object lives, lxml hands out that same
    # object on every walk of the tree instead of building (and looking up the class of) a new
    # one for each node, each time one of the rules walks it
    _nodes: list[HtmlElement] = field(init=False, repr=False, default_factory=list)

    def __post_init__(self) -> None:
        self._nodes = list(self.root.iter())

    @property
    def known(self) -> frozenset[Context]:
        known = set()
        if self.type_id is not None:
            known.add(Context.TYPE)
        if self.language is not None:
            known.add(Context.LOCALE)
        if self.doc is not None:
            known.add(Context.ORDER)
        if self.now is not None:
            known.add(Context.NOW)
        if self.ledger is not None:
            known.add(Context.LEDGER)
        return frozenset(known)

    @cached_property
    def phrases(self) -> tuple[Phrases, ...]:
        """The buyer's language's phrases; else the language the text reads as; else all."""
        body = next((text for _, text in self.body_texts()), self.message.subject)
        # what the text reads as, kept in the memo: a message checked again is not counted again
        language = self.language or self.memo.recall_text(
            ("language", body), partial(self.book.detect, body)
        )
        return self.book.for_language(language)

    @property
    def mtype(self) -> MessageType | None:
        return self.catalog.get(self.type_id) if self.type_id else None

    @property
    def phone_regions(self) -> tuple[str, ...]:
        """Where a phone number is read as one: the buyer's marketplace, else every one."""
        return self.regions or tuple(m.country for m in self.policy.marketplaces)

    @cached_property
    def html_lines(self) -> list[str]:
        return self.html_source.splitlines()

    # where findings are: built on the first finding of a part, kept for the others
    _line_indexes: dict[str, LineIndex] = field(default_factory=dict, repr=False)
    _tag_columns: dict[tuple[int, str], int] = field(default_factory=dict, repr=False)
    _element_columns: dict[HtmlElement, int] | None = field(default=None, repr=False)
    _tag_patterns: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)
    # where each element a rule found is (`element_place`), for the next rule that finds it
    element_places: dict[HtmlElement, tuple[int, int]] = field(default_factory=dict, repr=False)
    # the elements of each line whose columns are not found yet
    _line_elements: dict[int, list[tuple[HtmlElement, str]]] = field(
        default_factory=dict, repr=False
    )
    _occurrences: dict[tuple[str, str], list[int]] = field(default_factory=dict, repr=False)

    def part_source(self, part: str) -> str:
        if part == "html":
            return self.html_source
        if part == "subject":
            return self.message.subject
        return self.message.text if part == "text" else ""

    def line_index(self, part: str) -> LineIndex:
        if part not in self._line_indexes:
            self._line_indexes[part] = LineIndex.of(self.part_source(part))
        return self._line_indexes[part]

    def tag_column(self, line: int, tag: str) -> int:
        """The column of the first `<tag` on a line of the HTML (1 when it is not there)."""
        key = (line, tag)
        if key not in self._tag_columns:
            lines = self.html_lines
            found = lines[line - 1].find(f"<{tag}") if 0 < line <= len(lines) else -1
            self._tag_columns[key] = max(found, 0) + 1
        return self._tag_columns[key]

    def element_place(self, el: HtmlElement) -> tuple[int, int]:
        """The line and column of an element's own start tag in the HTML source."""
        if self.enforced:
            el = (self._twins or {}).get(el, el)
        return el.sourceline or 1, self.element_column(el)

    @cached_property
    def _source_tree(self) -> HtmlElement | None:
        """The source parsed (an enforced root's elements are placed in it); None when that
        is not the same tree as `root` (the caller then checks the source parsed instead)."""
        if not self.enforced:
            return self.root
        try:
            parsed = dom.parse_html(self.html_source)
        except InputError:
            return None
        return parsed if dom.same_tree(self.root, parsed) else None

    @cached_property
    def _twins(self) -> dict[HtmlElement, HtmlElement] | None:
        parsed = self._source_tree
        return None if parsed is None else dict(zip(self.root.iter(), parsed.iter(), strict=True))

    @property
    def same_as_source(self) -> bool:
        """Whether `root` is the tree of `html_source`, parsed: findings placed by it are where
        a check of the source places them."""
        return self._source_tree is not None

    def element_column(self, el: HtmlElement) -> int:
        """The column of an element's own start tag: the n-th `<tag` on its line for the n-th
        such element of the line (two images on one line are told apart)."""
        if self._element_columns is None:
            self._element_columns = {}
            self._line_elements = self._elements_by_line()
        column = self._element_columns.get(el)
        if column is None:
            line = el.sourceline or 1
            on_line = self._line_elements.pop(line, None)
            if on_line is not None:  # the columns of the line's elements, found on the first
                self._element_columns.update(self._columns_on_line(line, on_line))
                column = self._element_columns.get(el)
        return column or self.tag_column(el.sourceline or 1, str(el.tag))

    def _elements_by_line(self) -> dict[int, list[tuple[HtmlElement, str]]]:
        """The elements of the source's tree on each of its lines, with their tags, in order."""
        by_line: dict[int, list[tuple[HtmlElement, str]]] = {}
        count = len(self.html_lines)
        tree = self._source_tree
        for el in (tree if tree is not None else self.root).iter():
            tag, line = el.tag, el.sourceline  # each read once: lxml builds them on every read
            if not isinstance(tag, str) or not line or not 0 < line <= count:
                continue
            on_line = by_line.get(line)
            if on_line is None:
                by_line[line] = [(el, tag)]
            else:
                on_line.append((el, tag))
        return by_line

    def _columns_on_line(
        self, line: int, on_line: list[tuple[HtmlElement, str]]
    ) -> dict[HtmlElement, int]:
        """The column of each element of a line: the n-th `<tag` of the line for its n-th
        element of that tag (found only for lines where something is reported: a message
        inlined from a template has most of its elements on lines of their own)."""
        columns: dict[HtmlElement, int] = {}
        # where each tag starts on the line, found once: a minified message is one long line
        found: dict[str, list[int]] = {}
        seen: dict[str, int] = {}
        text = self.html_lines[line - 1]
        for el, tag in on_line:
            nth = seen.get(tag, 0)
            seen[tag] = nth + 1
            starts = found.get(tag)
            if starts is None:
                pattern = self._tag_patterns.get(tag)
                if pattern is None:  # compiled once per tag name, not per line it is on
                    pattern = re.compile(rf"<{re.escape(tag)}(?![\w:-])", re.I)
                    self._tag_patterns[tag] = pattern
                starts = found[tag] = [m.start() for m in pattern.finditer(text)]
            if nth < len(starts):
                columns[el] = starts[nth] + 1
        return columns

    @cached_property
    def _markup_spans(self) -> tuple[list[int], list[int]]:
        spans = [m.span() for m in MARKUP.finditer(self.html_source)]
        return [a for a, _ in spans], [b for _, b in spans]

    def _in_markup(self, offset: int) -> bool:
        starts, ends = self._markup_spans
        index = bisect_right(starts, offset) - 1
        return index >= 0 and offset < ends[index]

    def occurrences(self, part: str, needle: str) -> list[int]:
        """Where a needle stands in a part's source, in order (in the HTML: as text, not inside
        a tag, comment, script or style). Kept: many findings may look for the same needle."""
        key = (part, needle)
        if key not in self._occurrences:
            source = self.html_text if part == "html-text" else self.part_source(part)
            found, at = [], source.find(needle)
            while at >= 0 and needle:
                if part != "html" or not self._in_markup(at):
                    found.append(at)
                at = source.find(needle, at + len(needle))
            self._occurrences[key] = found
        return self._occurrences[key]

    def source_offset(self, part: str, needle: str, nth: int) -> int | None:
        """The offset of the nth (0-based) occurrence of a needle in a part's source; the last
        one when there are fewer; in the HTML also as escaped text, or its first word."""
        candidates = [needle]
        if part == "html":
            candidates += [html_lib.escape(needle, quote=False), *needle.split()[:1]]
        for candidate in candidates:
            found = self.occurrences(part, candidate) if candidate else []
            if found:
                return found[min(nth, len(found) - 1)]
        return None

    def html_text_ordinal(self, needle: str, offset: int) -> int:
        """How many times a needle occurs in the HTML's visible text before an offset."""
        return bisect_left(self.occurrences("html-text", needle), offset)

    @property
    def styles(self) -> dom.Styles:
        """Each element's parsed inline style, parsed once for every rule."""
        return self.measured.styles

    @cached_property
    def style_offences(self) -> dict[str, list[tuple[HtmlElement, str, str | None]]]:
        """BSM407-BSM409 and BSM411 share one walk over the styles (the enforcement pass's,
        when it ran: of what it found, what is still in the message): each offence's element,
        what it is and the attribute that makes it, by rule, in order (no `dom.Offence` made
        of each: a message inlined from a template has one on most of its elements)."""
        found: dict[str, list[tuple[HtmlElement, str, str | None]]] = {}
        left = self.measured.style_overrides
        if left is not None:
            for offence in left:
                if dom.is_in(offence.element, self.root):
                    found.setdefault(offence.rule, []).append(
                        (offence.element, offence.what, offence.attribute)
                    )
            return found
        styles, policy = self.styles, self.policy
        for node in self.elements.tagged:  # as `dom.style_overrides` walks
            for rule, what, attribute, _ in styles.tagged_overrides(node, policy):
                found.setdefault(rule, []).append((node[0], what, attribute))
        return found

    @cached_property
    def elements(self) -> dom.ElementView:
        """Every element of `root` with its tag and attributes, read once for every rule."""
        return dom.ElementView(self.root)

    @cached_property
    def html_visible(self) -> tuple[str, frozenset[int]]:
        """The HTML's text as a reader sees it, and the lines of it that start a block."""
        return dom.visible_lines(self.root)

    @property
    def html_text(self) -> str:
        return self.html_visible[0]

    @property
    def html_blocks(self) -> frozenset[int]:
        """The lines of `html_text` that start a block: its paragraphs (a <br> does not)."""
        return self.html_visible[1]

    @cached_property
    def _parts_shown(self) -> tuple[bool, bool]:
        """Whether the HTML and the text part hold more than white space (asked once: each
        rule that reads the texts asks, and stripping copies a long part)."""
        return bool(self.message.html.strip()), bool(self.message.text.strip())

    def texts(self) -> Iterator[tuple[str, str]]:
        """The parts a reader sees, as text: subject, the HTML's text, the plain-text part."""
        html_shown, text_shown = self._parts_shown
        if self.message.subject:
            yield "subject", self.message.subject
        if html_shown:
            yield "html", self.html_text
        if text_shown:
            yield "text", self.message.text

    def body_texts(self) -> Iterator[tuple[str, str]]:
        for part, text in self.texts():
            if part != "subject":
                yield part, text


@dataclass(frozen=True)
class LineIndex:
    """Where each line of a text starts, found once, so that each offset is placed by bisection
    (counting newlines from the start for every finding is quadratic in the findings)."""

    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> LineIndex:
        # each line starts past the one before and its "\n": summed without a Python loop
        ends = text.split("\n")[:-1]
        return cls(tuple(accumulate(map((1).__add__, map(len, ends)), initial=0)))

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        index = bisect_right(self.starts, offset) - 1
        return index + 1, offset - self.starts[index] + 1


def locate(subject: Subject, hit: Hit, nth: int = 0) -> tuple[str, int, int]:
    """Line and column of a hit in its part's source (1-based).

    An element is where its start tag is. A needle in the HTML is found in the source's text:
    the occurrence its offset in the visible text says (the third "🙂" of the text is the third
    of the source), else the `nth` one (the caller counts the hits with that needle). An
    attachment's "line" is its number among the message's attachments.
    """
    if hit.part == "html" and hit.element is not None:
        line, column = subject.element_place(hit.element)
        return "html", line, column
    if hit.part == "attachment":
        return "attachment", (hit.offset or 0) + 1, 1
    offset = hit.offset if hit.part != "html" else None
    if offset is None and hit.needle:
        if hit.part == "html" and hit.offset is not None:
            nth = subject.html_text_ordinal(hit.needle, hit.offset)
        offset = subject.source_offset(hit.part, hit.needle, nth)
    if offset is None:
        return hit.part, 1, 1
    line, column = subject.line_index(hit.part).line_col(offset)
    return hit.part, line, column
