"""Work on user-supplied orders in worker processes, each job with a time limit.

A pasted or uploaded order may take long to render (thousands of links) or for ever (a
template looping over its data). It runs in a worker process with its own Toolkit: never on
the server's event loop, never under the server's locks, so the gallery and the other pages
go on. A job that runs past its limit is stopped by ending its process (a thread could not be
stopped); the next job starts a fresh one.
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.context import SpawnContext, SpawnProcess
from typing import TYPE_CHECKING, Any

from toolkit.errors import InputError

if TYPE_CHECKING:
    from preview.service import PreviewConfig, PreviewService, Settings

# A fresh worker imports the toolkit and loads it before its first job: not part of the limit.
START_SECONDS = 120.0


class RenderTimeout(Exception):
    """A job ran past its limit (or waited that long for a free worker) and was stopped."""

    def __init__(self, seconds: float, waiting: bool = False) -> None:
        self.seconds = seconds
        self.waiting = waiting
        what = "waited for a free worker" if waiting else "was stopped"
        super().__init__(f"took longer than {seconds:g} s and {what}")


class WorkerFailed(Exception):
    """The worker process ended during a job (killed for memory, crashed) or did not start."""


# --- in the worker process ----------------------------------------------------------------------


def job_table(service: PreviewService) -> dict[str, Callable[..., Any]]:
    """What a worker may be asked to do: the service's own in-process work, by name."""
    return {"check_order": service.check_order, "render": service.render_preview}


def serve_jobs(conn: Connection, config: PreviewConfig, settings: Settings) -> None:
    """A worker's life: load a Toolkit, then answer (name, args) jobs until the pipe closes.
    Answers are ("ok", value), ("input", (problem, source, field)) or ("internal", text)."""
    from preview.service import PreviewService  # the service creates workers: import at run

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the server, which ends us
    service = PreviewService.create(config, settings, isolated=False)
    jobs = job_table(service)
    conn.send(("ready", None))
    while True:
        try:
            name, args = conn.recv()
        except (EOFError, OSError):  # the server went away
            return
        try:
            conn.send(("ok", jobs[name](*args)))
        except InputError as err:  # sent as its parts: an exception's pickle keeps only str()
            conn.send(("input", (err.problem, err.source, err.field)))
        except Exception as err:
            conn.send(("internal", f"{type(err).__name__}: {err}"[:2000]))


# --- in the server ------------------------------------------------------------------------------


@dataclass
class Worker:
    """One worker process and the pipe to it, started when first needed."""

    context: SpawnContext
    config: PreviewConfig
    settings: Settings
    process: SpawnProcess | None = None
    conn: Connection | None = None
    # start and stop: the server's shutdown may stop a worker while a job waits on it
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def started(self) -> Connection:
        with self._lock:
            if self.conn is not None and self.process is not None and self.process.is_alive():
                return self.conn
            self._stop()
            return self._start()

    def _start(self) -> Connection:
        ours, theirs = self.context.Pipe()
        process = self.context.Process(
            target=serve_jobs,
            args=(theirs, self.config, self.settings),
            name="bsm-preview-worker",
            daemon=True,  # ended with the server, whatever way it stops
        )
        process.start()
        theirs.close()
        self.process, self.conn = process, ours
        try:
            ready = ours.poll(START_SECONDS) and ours.recv() == ("ready", None)
        except (EOFError, OSError):
            ready = False
        if not ready:
            self._stop()
            raise WorkerFailed("the render worker did not start")
        return ours

    def call(self, name: str, args: tuple[Any, ...], seconds: float) -> Any:
        conn = self.started()
        try:
            conn.send((name, args))
            if not conn.poll(seconds):
                self.stop()
                raise RenderTimeout(seconds)
            status, value = conn.recv()
        except (EOFError, OSError):  # it died, or the server stopped it
            self.stop()
            raise WorkerFailed("the render worker ended during the job") from None
        if status == "input":
            problem, source, field_name = value
            raise InputError(problem, source=source, field=field_name)
        if status == "internal":
            raise WorkerFailed(f"internal error: {value}")
        return value

    def stop(self) -> None:
        """End the process at once (a runaway render does not listen to anything gentler)."""
        with self._lock:
            self._stop()

    def _stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.join()
        if self.conn is not None:
            self.conn.close()  # a job waiting on it gets OSError: WorkerFailed
        self.process = self.conn = None


@dataclass
class WorkerPool:
    """A fixed number of workers; a job takes a free one, waiting at most its own limit."""

    config: PreviewConfig
    settings: Settings
    size: int
    _idle: queue.Queue[Worker] = field(default_factory=queue.Queue, repr=False)
    _all: list[Worker] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # never fork a threaded server
        for _ in range(self.size):
            worker = Worker(context, self.config, self.settings)
            self._all.append(worker)
            self._idle.put(worker)

    def run(self, name: str, *args: Any) -> Any:
        seconds = self.settings.render_seconds
        try:
            worker = self._idle.get(timeout=seconds)
        except queue.Empty:
            raise RenderTimeout(seconds, waiting=True) from None
        try:
            return worker.call(name, args, seconds)
        finally:
            self._idle.put(worker)

    def close(self) -> None:
        for worker in self._all:
            worker.stop()
