"""Shared by the benchmarks: the median time of a call."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def per_call_ms(fn: Callable[[], object], n: int) -> float:
    """Median milliseconds of `fn` over `n` calls, after one warm-up call."""
    fn()  # warm: patterns compiled, phrase lists read, templates inlined
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def per_item_ms(fn: Callable[[T], object], items: Sequence[T]) -> float:
    """Median milliseconds of `fn(item)` over `items[1:]`, after a warm-up call on `items[0]`:
    each call sees something new (a new buyer), as a batch's messages do."""
    fn(items[0])
    times = []
    for item in items[1:]:
        start = time.perf_counter()
        fn(item)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000
