"""Live reload: watch templates/ (with the stylesheet), locales/ and examples/ (watchfiles) and
tell open pages (Server-Sent Events) to re-render.

A page is rendered at some generation and connects to /events; the first event says the
server's generation, so a change that happened between the page's render and its connection
is not missed, and a restarted server (generation 0 again) reloads the page too.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import anyio
from sse_starlette import ServerSentEvent
from watchfiles import Change, DefaultFilter, awatch

LOG = logging.getLogger("uvicorn.error")  # printed where uvicorn prints its own warnings


@dataclass
class Hub:
    """The change counter and the open pages' queues (one per /events connection)."""

    generation: int = 0
    closed: bool = False
    # None in a queue ends that connection's stream (the server is stopping)
    _queues: set[asyncio.Queue[ServerSentEvent | None]] = field(default_factory=set, repr=False)

    @property
    def listeners(self) -> int:
        return len(self._queues)

    def publish(self, changed: list[str]) -> int:
        self.generation += 1
        event = reload_event(self.generation, changed)
        for queue in self._queues:
            queue.put_nowait(event)
        return self.generation

    def close(self) -> None:
        """End every open stream so that the server can stop at once (call on its loop)."""
        self.closed = True
        for queue in self._queues:
            queue.put_nowait(None)

    @contextmanager
    def subscription(self) -> Iterator[asyncio.Queue[ServerSentEvent | None]]:
        queue: asyncio.Queue[ServerSentEvent | None] = asyncio.Queue()
        self._queues.add(queue)
        try:
            yield queue
        finally:
            self._queues.discard(queue)

    async def events(self) -> AsyncIterator[ServerSentEvent]:
        """What one /events connection receives: hello (the generation), then each change."""
        if self.closed:
            return
        with self.subscription() as queue:
            yield ServerSentEvent(data=json.dumps({"generation": self.generation}), event="hello")
            while (event := await queue.get()) is not None:
                yield event


def reload_event(generation: int, changed: list[str]) -> ServerSentEvent:
    data = json.dumps({"generation": generation, "changed": changed})
    return ServerSentEvent(data=data, event="reload", id=str(generation))


class SuffixFilter(DefaultFilter):
    """watchfiles' default filter (editor swap files, caches) narrowed to the given suffixes."""

    def __init__(self, suffixes: Iterable[str]) -> None:
        super().__init__()
        self.suffixes = tuple(suffixes)

    def __call__(self, change: Change, path: str) -> bool:
        return path.endswith(self.suffixes) and super().__call__(change, path)


def changed_names(changes: Iterable[tuple[Change, str]], roots: Iterable[Path]) -> list[str]:
    """The changed files, named relative to the watched folder they are in."""
    resolved = [root.resolve() for root in roots]
    names = set()
    for _change, raw in changes:
        path = Path(raw).resolve()
        root = next((r for r in resolved if path.is_relative_to(r)), None)
        names.add(f"{root.name}/{path.relative_to(root).as_posix()}" if root else path.name)
    return sorted(names)


async def watch(
    hub: Hub,
    roots: tuple[Path, ...],
    suffixes: Iterable[str],
    *,
    debounce_ms: int,
    stop: anyio.Event,
) -> None:
    """Publish every batch of changes under the roots until `stop` is set."""
    existing = [root for root in roots if root.is_dir()]
    if not existing:
        return
    try:
        async for changes in awatch(
            *existing,
            watch_filter=SuffixFilter(suffixes),
            debounce=debounce_ms,
            step=50,
            stop_event=stop,
        ):
            hub.publish(changed_names(changes, existing))
    except OSError as err:  # e.g. the system's limit of watched files: the pages still work
        LOG.warning("live reload is off: cannot watch %s: %s", ", ".join(map(str, roots)), err)
