"""Shared fixtures. Tests pin the clock; they may read ../shared (the project's examples are
bundled in examples/ for users who have no ../shared)."""

from __future__ import annotations

import asyncio
import atexit
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from babel.messages.pofile import read_po, write_po

from toolkit.i18n import msgid_key
from toolkit.pipeline import Toolkit

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SHARED_EXAMPLES = SHARED / "examples"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

# the cache of inlined templates (toolkit/render_cache.py) of this session, never the user's
# ~/.cache: set before any test runs, so that every `bsm` process a test starts inherits it
TEST_CACHE = Path(tempfile.mkdtemp(prefix="bsm-test-cache-"))
os.environ["BSM_CACHE_DIR"] = str(TEST_CACHE)
atexit.register(shutil.rmtree, TEST_CACHE, ignore_errors=True)


def bsm(*args: str, cwd: Path = ROOT, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """`bsm ARGS` as a user runs it, in a process of its own, from `cwd`; this checkout's
    toolkit whatever the folder (PYTHONPATH)."""
    return subprocess.run(
        [sys.executable, "-m", "toolkit.cli", *args],
        capture_output=True, text=True, cwd=cwd, timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


@pytest.fixture(scope="session")
def tk() -> Toolkit:
    return Toolkit.load()


@pytest.fixture
def now() -> datetime:
    return NOW


def shared_examples() -> list[Path]:
    return sorted(SHARED_EXAMPLES.glob("*.json")) if SHARED_EXAMPLES.is_dir() else []


def bundled_examples() -> list[Path]:
    return sorted(EXAMPLES.glob("*.json"))


def stat_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths every os.stat call asks about from now on (the real stat answers them)."""
    looked_at: list[str] = []
    real_stat = os.stat

    def counted(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        looked_at.append(str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", counted)
    return looked_at


class PinnedClock:
    """A clock that moves only when a test moves it (toolkit.freshness.Freshness's `clock`)."""

    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@contextmanager
def workers_start(start: str) -> Iterator[None]:
    """Worker processes started by `start` ("fork" or "spawn") in the block: on Linux they are
    forks where this process runs no other thread, so for "spawn" one waits while it lasts."""
    from toolkit.workers import worker_context

    done = threading.Event()
    other = threading.Thread(target=done.wait)
    if start == "spawn":
        other.start()
    try:
        assert worker_context()[1] == (start == "fork" and sys.platform.startswith("linux"))
        yield
    finally:
        done.set()
        if other.is_alive():
            other.join()


def children_of(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in text.split()]


def alive(pid: int) -> bool:
    """A process that runs (a zombie, dead and not yet reaped, does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def two_workers(pid: int) -> list[int]:
    """A process's worker processes, once two of them run."""
    deadline = time.monotonic() + 60
    while len(workers := children_of(pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(workers) >= 2, "the workers did not start"
    return workers


def all_ended(pids: list[int]) -> bool:
    """Whether the processes have all ended (waiting a few seconds for them)."""
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not any(alive(pid) for pid in pids)


def kill_a_worker(pid: int) -> list[int]:
    """SIGKILL to one of a process's two workers, once both run; both their pids."""
    workers = two_workers(pid)
    os.kill(workers[0], signal.SIGKILL)
    return workers


def edit_catalog(
    path: Path, msgid: str, string: str | tuple[str, ...], fuzzy: bool = False
) -> None:
    """Set one string of a .po file (as a translator's editor would), optionally fuzzy."""
    with path.open("rb") as fh:
        catalog = read_po(fh)
    message = next(m for m in list(catalog)[1:] if msgid_key(m) == msgid)
    message.string = string
    if fuzzy:
        message.flags.add("fuzzy")
    buf = io.BytesIO()
    write_po(buf, catalog)
    path.write_bytes(buf.getvalue())


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    """A real PostgreSQL server for the session (tests/pg.py); skipped where there is none."""
    import pg

    if pg.binaries() is None:
        pytest.skip("no PostgreSQL here (scripts/setup.sh --dev installs Debian's postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip('no psycopg (pip install "bsm-toolkit[postgres]")')
    with pg.server() as url:
        yield url


# --- a real SMTP server on 127.0.0.1 (aiosmtpd), for the senders and the preview's test mail


class Inbox:
    """The server's side: what it received, and what it answers next (a script)."""

    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []
        self.script: list[str] = []  # "451 ...", "550 ...", "drop", "hang"; then 250

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        action = self.script.pop(0) if self.script else "250 2.0.0 Ok: queued"
        if action == "drop":  # the connection goes before the message is taken
            server.transport.close()
            return "421 4.4.2 gone"
        if action.startswith(("4", "5")):
            return action
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        if action == "hang":  # taken, but the answer never comes (the client is killed)
            await asyncio.sleep(60)
        return action


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    handler = Inbox()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()
