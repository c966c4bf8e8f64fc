"""When a renderer that lives long looks at its files again: the templates, the stylesheet, the
catalogs and the locale folders that say which catalogs there are.

Looking is a stat call a file, some 20 a render, and half of what a message costs once its
template is known. So a file is looked at again at most once in `every` seconds: an edit shows
within that time, and the thousands of renders in between look at nothing (a seller's app, a
`bsm render` of many orders). The preview looks at every render (`every=0`): a designer's save
shows at once. A batch never looks again (`every=None`): it renders a day's orders from the
templates and catalogs as they were when it started.

The clock is the monotonic one unless a test gives its own.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

LOOK_EVERY = 1.0  # seconds between two looks at one file, by default


@dataclass(frozen=True)
class Freshness:
    """How often a file already read is looked at again: at most once in `every` seconds
    (0: whenever it is used; None: never)."""

    every: float | None = LOOK_EVERY
    clock: Callable[[], float] = time.monotonic

    @property
    def watching(self) -> bool:
        """Whether files are looked at again at all."""
        return self.every is not None

    def now(self) -> float:
        """The time of a look, for `due` to compare with later."""
        return self.clock()

    def due(self, looked: float) -> bool:
        """Whether a file looked at when `now()` was `looked` is to be looked at again."""
        every = self.every
        if every is None:
            return False
        return every <= 0 or self.clock() - looked >= every


BY_TIME = Freshness()  # the default: a file at most once in LOOK_EVERY seconds
EVERY_USE = Freshness(every=0.0)  # the preview's
NEVER_AGAIN = Freshness(every=None)  # a batch's
