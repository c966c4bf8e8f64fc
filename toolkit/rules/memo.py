"""Judgements kept between messages, so that a template's words are judged once, not per message.

What the rules that read words decide about a piece of text (a sentence read as concepts and
judged, a line's unknown words, a paragraph's language, a text cut into sentences) is a pure
function of that text and of the few things named in its key (the language, the judge, the
concepts of its paragraph). A message from a template repeats most of its sentences; only those
that hold the order's data (names, titles, amounts) or the seller's own words are new.

The memo belongs to the Toolkit (`Toolkit.memo`, handed to the rules as `Subject.memo`), never
to a module: whoever holds the Toolkit can see it, clear it, or load one without it. It is
bounded: when full it is emptied, so memory stays flat however many messages are checked.
`Memo(limit=0)` keeps nothing: every judgement is made afresh, the plain run that the
equivalence tests compare with. Values kept are immutable (tuples, frozensets, strings), so no
caller can change what another one reads.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

T = TypeVar("T")
KEPT = 16_384  # judgements kept: a few hundred messages' new sentences, and every template's
MISSING = object()


@dataclass
class Memo:
    """A bounded table from a judgement's key (a tuple naming the judgement and all it
    depends on) to its value."""

    limit: int = KEPT  # 0: nothing is kept
    _kept: dict[Hashable, Any] = field(default_factory=dict, repr=False)

    def recall(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The value kept under `key`, else `compute()`'s, kept from now on."""
        if self.limit <= 0:
            return compute()
        value = self._kept.get(key, MISSING)
        if value is MISSING:
            value = compute()
            if len(self._kept) >= self.limit:  # emptied, not evicted one by one: cheap, flat
                self._kept.clear()
            self._kept[key] = value
        return cast(T, value)

    def __len__(self) -> int:
        return len(self._kept)

    def clear(self) -> None:
        self._kept.clear()
