"""Judgements kept between messages, so that a template's words are judged once, not per message.

What the rules that read words decide about a piece of text (a sentence read as concepts and
judged, a line's unknown words, a paragraph's language, a text cut into sentences) is a pure
function of that text and of the few things named in its key (the language, the judge, the
concepts of its paragraph). A message from a template repeats most of its sentences; only those
that hold the order's data (names, titles, amounts) or the seller's own words are new.
A message's `<style>` blocks, compiled into the selectors BSM410 matches (toolkit/stylesheet.py),
are kept the same way: a builder's or a template's stylesheet comes back in every message.

The memo belongs to the Toolkit (`Toolkit.memo`, handed to the rules as `Subject.memo`), never
to a module: whoever holds the Toolkit can see it, clear it, or load one without it. It is
bounded: when full it is emptied, so memory stays flat however many messages are checked.
`Memo(limit=0)` keeps nothing: every judgement is made afresh, the plain run that the
equivalence tests compare with. Values kept are immutable (tuples, frozensets, strings), so no
caller can change what another one reads. Keys name a language, not the word lists and
dictionaries themselves: those a Toolkit loads once, so a memo serves the Toolkit it was made
for (one that swaps its PhraseBook or Spelling for others starts a new Memo).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
KEPT = 65_536  # judgements of pieces of text: every template's, in every language, and more
RECENT = 256  # what one message's whole texts came to: its rules share it, the next cannot
MISSING = object()
TOKENS = 64  # policies whose parts key judgements: the project's, and a test's few others


class Token:
    """Stands for the parts it was made of, in the keys of one memo (`Memo.token`): hashed
    and compared by identity, as the memo hands out one per parts."""

    __slots__ = ("parts",)

    def __init__(self, parts: Hashable) -> None:
        self.parts = parts

    def __repr__(self) -> str:
        return f"Token({self.parts!r})"


@dataclass
class Memo:
    """Bounded tables from a judgement's key (a tuple naming the judgement and all it depends
    on) to its value: `recall` for pieces of text that come back in other messages (a
    sentence, a line), `recall_text` for a message's whole texts (the subject, the HTML's
    text, the text part), which the rules of that message share and the next message's do
    not (they hold its names and amounts): kept apart, they never crowd out the first."""

    limit: int = KEPT  # 0: nothing is kept
    recent: int = RECENT
    _kept: dict[Hashable, Any] = field(default_factory=dict, repr=False)
    _texts: dict[Hashable, Any] = field(default_factory=dict, repr=False)
    _tokens: dict[Hashable, Token] = field(default_factory=dict, repr=False)

    def recall(self, key: Hashable, compute: Callable[..., T], *args: Any) -> T:
        """The value kept under `key`, else `compute(*args)`'s, kept from now on (`args`: no
        partial made for the common case, a value that is kept)."""
        value = self._kept.get(key, MISSING)  # the common case first: a template's sentence
        if value is MISSING:
            value = remember(self._kept, self.limit, key, partial(compute, *args))
        return value  # no cast(): a function call on every recall

    def recall_text(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The same for a judgement of a message's whole text, kept among the last few."""
        value = self._texts.get(key, MISSING)
        if value is MISSING:
            value = remember(self._texts, min(self.limit, self.recent), key, compute)
        return value

    def token(self, parts: Hashable) -> Hashable:
        """One object for equal `parts` (the parts of a policy that many judgements depend
        on): a key that holds it is hashed and compared at once, not through every part. A
        token outlives the judgements kept under it only while the memo is not cleared."""
        found = self._tokens.get(parts)
        if found is None:
            if len(self._tokens) >= TOKENS:  # a new token only misses what the old one kept
                self._tokens.clear()
            found = self._tokens[parts] = Token(parts)
        return found

    def __len__(self) -> int:
        return len(self._kept) + len(self._texts)

    def clear(self) -> None:
        self._kept.clear()
        self._texts.clear()
        self._tokens.clear()


def remember(table: dict[K, T], limit: int, key: K, compute: Callable[[], T]) -> T:
    """`compute()`, kept in `table` unless it keeps nothing (`limit` 0)."""
    value = compute()
    if limit > 0:
        if len(table) >= limit:  # emptied, not evicted one by one: cheap, and flat
            table.clear()
        table[key] = value
    return value
