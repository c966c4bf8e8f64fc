"""Work spread over processes, its results taken back in input order: `bsm batch --jobs N`
renders in them, `bsm check --jobs N` checks in them.

A worker process loads what it needs once (`initializer`) and keeps it where a process pool
lets it: in a module-level slot of the worker's own module, set only in worker processes. The
calling process sends tasks of a few items, keeps a few tasks per worker in flight (busy
workers, flat memory) and yields each result in the order its item came in, so that what it
prints or writes is the same for any number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from toolkit.errors import InputError

T = TypeVar("T")
R = TypeVar("R")

TASK_ITEMS = 32  # items sent to a worker at once (each task costs both processes wakeups)
TASKS_AHEAD = 4  # tasks in flight per worker: enough to keep it busy, few enough to stay small
PR_SET_PDEATHSIG = 1  # Linux prctl: a signal for this process when its parent ends


def worker_context() -> tuple[multiprocessing.context.BaseContext, bool]:
    """How workers start, and whether they are forks of this process. On Linux, when this
    process runs no other thread (a fork copies only the forking one, and the locks the others
    held), a fork: it starts with this process's Toolkit loaded, where a spawned worker imports
    the toolkit and loads it again (about a second each). Elsewhere, spawn (macOS's default:
    fork is unsafe there)."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork"), True
    return multiprocessing.get_context("spawn"), False


def die_with_parent() -> None:
    """A forked worker ends when its parent does, even by kill -9: it holds copies of the
    parent's descriptors (a batch's stage lock among them, which a later run must find free)
    and would otherwise wait for work for ever (it holds the work queue's writing end too)."""
    import ctypes
    import signal

    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent ended before the signal was asked for
        os._exit(1)


def start(forked: bool, initializer: Callable[..., None], *args: Any) -> None:
    """Every worker's start: a fork of the calling process first ties its end to its parent's
    (`die_with_parent`); then `initializer(*args)`, the caller's."""
    if forked:
        die_with_parent()
    initializer(*args)


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def in_order(
    items: Iterable[T],
    work: Callable[[list[T]], list[R]],
    jobs: int,
    initializer: Callable[..., None],
    initargs: Callable[[bool], tuple[Any, ...]],
    ready: Callable[[], None] | None = None,
) -> Iterator[R]:
    """`work` (a module-level function: it is sent to the workers by name) on each task of
    `items`, in `jobs` processes, each started by `initializer(*initargs(forked))` (`forked`:
    whether the workers are forks of this process, which then end with it); each
    item's result in input order. `ready` runs before the first result is taken, once the
    workers have work: what it does overlaps their start. A worker that ends before its work
    is done (killed, out of memory) ends the run with an InputError (exit 2, not a traceback):
    the results taken so far are the caller's, whole."""
    context, forked = worker_context()
    try:
        with ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=context,
            initializer=start,
            initargs=(forked, initializer, *initargs(forked)),
        ) as pool:
            pending: deque[Future[list[R]]] = deque()
            for chunk in chunks(items, TASK_ITEMS):
                pending.append(pool.submit(work, chunk))
                if len(pending) >= jobs * TASKS_AHEAD:
                    if ready is not None:
                        ready()
                        ready = None
                    yield from pending.popleft().result()
            if ready is not None:
                ready()
            while pending:
                yield from pending.popleft().result()
    except BrokenProcessPool:
        raise InputError(
            "a worker process ended before its work was done (killed, or out of memory); what "
            "was done before it is kept",
            field="--jobs",
        ) from None
