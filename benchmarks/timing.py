"""Shared by the benchmarks: the median time of a call."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def per_call_ms(fn: Callable[[], object], n: int) -> float:
    """Median milliseconds of `fn` over `n` calls, after one warm-up call."""
    fn()  # warm: patterns compiled, phrase lists read, templates inlined
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000
