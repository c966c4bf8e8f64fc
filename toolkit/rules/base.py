"""What a check sees (`Subject`) and what it reports (`Hit`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from toolkit import dom
from toolkit.attachments import FileTypes, load_file_types
from toolkit.catalog import Catalog, MessageType
from toolkit.detect import Detectors
from toolkit.dom import HtmlElement
from toolkit.model import Message
from toolkit.orders import OrderDocument
from toolkit.policy import Policy
from toolkit.rules.phrases import PhraseBook, Phrases

if TYPE_CHECKING:  # the spelling module registers a rule: it imports this one
    from toolkit.rules.spelling import Spelling

NEWLINE = re.compile("\n")


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
    message: str
    part: str = "html"  # subject, html, text, attachment, order
    element: HtmlElement | None = None  # where in the HTML
    needle: str | None = None  # the text found, to locate it in the part's source
    offset: int | None = None  # its offset in the part's text, when known


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
        language = self.language or self.book.detect(body)
        return self.book.for_language(language)

    @property
    def mtype(self) -> MessageType | None:
        return self.catalog.get(self.type_id) if self.type_id else None

    @cached_property
    def html_lines(self) -> list[str]:
        return self.html_source.splitlines()

    # where findings are: built on the first finding of a part, kept for the others
    _line_indexes: dict[str, LineIndex] = field(default_factory=dict, repr=False)
    _tag_columns: dict[tuple[int, str], int] = field(default_factory=dict, repr=False)

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

    @cached_property
    def style_offences(self) -> list[dom.Offence]:
        """BSM407-BSM409 and BSM411 share one walk over the styles."""
        return dom.style_overrides(self.root, self.policy)

    @cached_property
    def html_text(self) -> str:
        return dom.visible_text(self.root)

    def texts(self) -> Iterator[tuple[str, str]]:
        """The parts a reader sees, as text: subject, the HTML's text, the plain-text part."""
        if self.message.subject:
            yield "subject", self.message.subject
        if self.message.html.strip():
            yield "html", self.html_text
        if self.message.text.strip():
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
        return cls((0, *(m.end() for m in NEWLINE.finditer(text))))

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        index = bisect_right(self.starts, offset) - 1
        return index + 1, offset - self.starts[index] + 1


def locate(subject: Subject, hit: Hit) -> tuple[str, int, int]:
    """Line and column of a hit in its part's source (1-based)."""
    if hit.part == "html" and hit.element is not None:
        line = hit.element.sourceline or 1
        return "html", line, subject.tag_column(line, str(hit.element.tag))
    source = subject.part_source(hit.part)
    offset = hit.offset if hit.part != "html" else None
    if offset is None and hit.needle:
        found = source.find(hit.needle)
        if found < 0 and hit.part == "html":
            found = source.find(hit.needle.split()[0]) if hit.needle.split() else -1
        offset = found if found >= 0 else None
    if offset is None:
        return hit.part, 1, 1
    line, column = subject.line_index(hit.part).line_col(offset)
    return hit.part, line, column
