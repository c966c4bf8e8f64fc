"""Exemplars: a clean message made once per shape of order, and reused for the next buyer.

Two orders that differ only in their order number and their buyer's name make the same message
but for those two values, wherever they are printed: nothing else of the message depends on
them. So the first order of a shape is rendered, enforced and checked in full (its outcome is
the real one), and so is a second, made up, order of the same shape; if both are clean and
their messages are the same once each one's two values are blanked out, that blanked message
is kept, and the next order of the shape gets it with its own values filled in. The findings
that depend on the message's length (what the Selling Partner API can carry) are worked out
for each message anyway.

What "the same shape" means, and why the values cannot matter to any rule:
- everything else of the order document is the same (compared by its repr: every field but
  the order number, the buyer's name and e-mail and the raw input), and so are `now`, the
  template and the catalog (the render's Plan, which an edited template or catalog replaces);
- the order number is Amazon's 3-7-7 digits: the checker reads it as an order number
  whatever its digits, and only as that;
- the buyer's name is letters in runs of two or more, each run of one script (Latin,
  Cyrillic, Greek ...: not a Latin "a" among Cyrillic letters), joined by single spaces or
  hyphens, each run all lower case, capitalised or all capitals (`shouted`) as the
  exemplar's runs are, in the same number: so it makes as many words, sentences and clauses,
  and no mark, number, address or symbol for a rule to see; and none of its words is a word
  of any lexicon, phrase list or list of common words in any language (`PlainWords`), so no
  rule that reads words reads anything into it. Order data is what the language and spelling
  checks leave out anyway.
The made-up order differs from the real one in every digit, in its letters (runs of rare
consonants) and in the length of each name run, so a rule or a step that depended on them
would show up as two different messages, and nothing is kept. `tests/test_exemplars.py`
holds the reused messages to the plain run on every example type in every language, with
names that are words of the lists, and on generated orders.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from toolkit.model import Message
from toolkit.rules.meaning import WORD as SENTENCE_WORD
from toolkit.rules.meaning import lowered
from toolkit.rules.memo import remember
from toolkit.rules.phrases import LISTS, PhraseBook

if TYPE_CHECKING:  # the pipeline is the stage above: it hands its render in
    from toolkit.enforce import Change
    from toolkit.orders import OrderDocument  # a check (no --order) never loads it
    from toolkit.pipeline import Outcome

ORDER_ID = re.compile(r"[0-9]{3}-[0-9]{7}-[0-9]{7}")
LETTERS = r"[^\W\d_]"  # a letter of any script (no digit, mark or underscore)
NAME = re.compile(f"(?:{LETTERS}{{2,}}(?:[ -]{LETTERS}{{2,}})*)?")
RUNS = re.compile(f"{LETTERS}+|[ -]")
# what replaces a value in a kept message (noncharacters: never in a message, see skeleton.py)
ID_MARK, NAME_MARK = "\ufdd2", "\ufdd3"
# the made-up order's letters: consonant runs no language's words are made of
FILLERS = ("qxzvkj", "zvqjxk", "vkqzjx")
KEPT = 256
WORDS_KEPT = 16_384


@dataclass
class PlainWords:
    """Whether a word of a buyer's name is one no rule reads anything into: not a word of any
    language's lexicon (its forms, prefixes, suffixes, phrases), phrase lists or common words."""

    book: PhraseBook
    joins: frozenset[str]  # the words between names (data/text.toml): listed, never plain
    _judged: dict[str, bool] = field(default_factory=dict, repr=False)
    _listed: set[str] | None = field(default=None, repr=False)
    _starts: tuple[str, ...] = field(default=(), repr=False)

    def plain(self, word: str) -> bool:
        found = self._judged.get(word)
        if found is None:
            found = remember(self._judged, WORDS_KEPT, word, partial(self._judge, word))
        return found

    def _judge(self, word: str) -> bool:
        listed = self.listed()
        if word in listed or word.startswith(self._starts):
            return False
        for lexicon in self.book.concepts.for_language(None):
            if lexicon.word_concepts(word):
                return False
        for phrases in self.book.for_language(None):
            for name in LISTS:  # through the list's gate: most lists' patterns never compile
                if phrases.first(name, word) is not None:
                    return False
        return True

    def listed(self) -> set[str]:
        """Every word that a lexicon's phrase or a phrase list names, and the phrases' word
        beginnings ("review*"); built on first use."""
        if self._listed is None:
            listed, starts = set(self.joins), set()
            for lexicon in self.book.concepts.for_language(None):
                for first, sequences in lexicon.phrases.items():
                    listed.add(first)
                    for sequence, _ in sequences:
                        for word in sequence:
                            if word == "*":  # any word at all: no name's word more than another
                                continue
                            if word.endswith("*"):
                                starts.add(word[:-1])
                            else:
                                listed.add(word)
            for phrases in self.book.for_language(None):
                for name in LISTS:
                    for entry in phrases.words(name):
                        listed.update(re.findall(r"\w+", entry.lower()))
            self._listed, self._starts = listed, tuple(sorted(starts))
        return self._listed


def case_shape(name: str) -> tuple[str, ...] | None:
    """A name's runs and what joins them ("Anna-Lena Weber", "Анна Смирнова": Aa - Aa space
    Aa); None for a name that is not letters in runs of two or more, or has a run of mixed
    case or of mixed scripts, or of a script without case (Arabic, Chinese)."""
    if not NAME.fullmatch(name):
        return None
    shape = []
    for run in RUNS.findall(name):
        if run in " -":
            shape.append(run)
        elif len({script(letter) for letter in run}) > 1:
            return None  # "Аnna" (a Cyrillic "А"): what a rule or a reader may take apart
        elif run.isupper():
            shape.append("A")
        elif run.islower():
            shape.append("a")
        elif run[0].isupper() and run[1:].islower():
            shape.append("Aa")
        else:
            return None  # "McDonald": mixed case
    return tuple(shape)


def script(letter: str) -> str:
    """The script a letter is of, as the first word of its Unicode name ("LATIN", "CYRILLIC")."""
    return unicodedata.name(letter, "").partition(" ")[0]


def name_shape(name: str, words: PlainWords) -> tuple[str, ...] | None:
    """`case_shape`, for a name none of whose words any rule reads anything into."""
    shape = case_shape(name)
    if shape is None:
        return None
    low = lowered(name)
    tokens = {*re.findall(r"[^\W\d_]+", low), *SENTENCE_WORD.findall(low)}
    return shape if all(words.plain(token) for token in tokens) else None


def made_up_name(shape: tuple[str, ...], name: str, filler: str) -> str:
    """A name of the same shape as `name`, each run three letters longer, of `filler`'s."""
    runs = iter(r for r in RUNS.findall(name) if r not in " -")
    out = []
    for part in shape:
        if part in " -":
            out.append(part)
            continue
        length = len(next(runs)) + 3
        letters = (filler * length)[:length]
        out.append(
            letters.upper() if part == "A" else letters if part == "a" else letters.capitalize()
        )
    return "".join(out)


def made_up_id(order_id: str) -> str:
    """Another order number: every digit moved on by five."""
    return "".join(str((int(c) + 5) % 10) if c.isdigit() else c for c in order_id)


@dataclass(frozen=True)
class Kept:
    """A message with its order number and buyer's name blanked out (the marks)."""

    message: Message
    changes: tuple[Change, ...]

    def fill(self, order_id: str, name: str) -> Message:
        return each_text(
            self.message, lambda text: text.replace(ID_MARK, order_id).replace(NAME_MARK, name)
        )


def each_text(message: Message, change: Callable[[str], str]) -> Message:
    """`message` with `change` made to its subject, HTML and text."""
    return replace(
        message,
        subject=change(message.subject),
        html=change(message.html),
        text=change(message.text),
    )


def blanked(message: Message, order_id: str, name: str) -> Message | None:
    """`message` with the order number and the name blanked out; None if a mark was there."""
    texts = (message.subject, message.html, message.text)
    if any(ID_MARK in t or NAME_MARK in t for t in texts):
        return None

    def blank(text: str) -> str:
        text = text.replace(order_id, ID_MARK)
        return text.replace(name, NAME_MARK) if name else text

    return each_text(message, blank)


@dataclass
class Exemplars:
    """The kept messages of a Toolkit, by shape of order; `limit` 0: none (the plain run)."""

    limit: int = KEPT
    _kept: dict[Hashable, tuple[object, Kept | None]] = field(default_factory=dict, repr=False)
    made: int = 0  # shapes tried (two full renders each)
    served: int = 0  # messages filled in from a kept one

    def key(
        self, doc: OrderDocument, now: datetime, plan: object, words: PlainWords
    ) -> Hashable | None:
        """What a message of `doc` depends on, but for its order number and buyer's name;
        None when `doc` is not an order an exemplar can stand for."""
        order = doc.order
        if self.limit <= 0 or not ORDER_ID.fullmatch(order.id):
            return None
        shape = name_shape(order.buyer_name, words)
        if shape is None:
            return None
        rest = replace(doc, order=replace(order, id="", buyer_name="", buyer_email=""), source="")
        return (id(plan), now, shape, repr(rest))

    def outcome(
        self,
        doc: OrderDocument,
        key: Hashable,
        plan: object,
        render: Callable[[OrderDocument], Outcome],
        clean: Callable[[Outcome], Message | None],
        finish: Callable[[OrderDocument, Kept, Message], Outcome | None],
        words: PlainWords,
    ) -> Outcome | None:
        """`doc`'s outcome: its kept message filled in (`finish` adds what is worked out
        for every message, or says None: render in full), or `render(doc)` when its shape is
        new (kept if `clean` gives its message); None for a shape no message is kept for (the
        caller renders it in full)."""
        found = self._kept.get(key)
        if found is not None and found[0] is plan:
            kept = found[1]
            if kept is None:
                return None
            found_outcome = finish(doc, kept, kept.fill(doc.order.id, doc.order.buyer_name))
            self.served += found_outcome is not None
            return found_outcome
        real = render(doc)
        self.made += 1
        if len(self._kept) >= self.limit:
            self._kept.clear()
        self._kept[key] = (plan, self.exemplar(doc, real, render, clean, words))
        return real

    def exemplar(
        self,
        doc: OrderDocument,
        real: Outcome,
        render: Callable[[OrderDocument], Outcome],
        clean: Callable[[Outcome], Message | None],
        words: PlainWords,
    ) -> Kept | None:
        """The blanked message of `real`, when a made-up order of its shape gives the same
        and `clean` gives both messages (no finding but those worked out for each message)."""
        first = clean(real)
        order = doc.order
        shape = case_shape(order.buyer_name)
        if first is None or shape is None:
            return None
        made_ups = (made_up_name(shape, order.buyer_name, filler) for filler in FILLERS)
        other_name = next((n for n in made_ups if name_shape(n, words) == shape), None)
        if other_name is None:
            return None
        other_id = made_up_id(order.id)
        made_up = render(replace(doc, order=replace(order, id=other_id, buyer_name=other_name)))
        second = clean(made_up)
        if second is None or made_up.changes != real.changes:
            return None
        ours = blanked(first, order.id, order.buyer_name)
        if ours is None or ours != blanked(second, other_id, other_name):
            return None
        return Kept(ours, real.changes)
