"""Hostile input through the commands, generated: whatever order document `bsm render --out` or
message `bsm check [--fix]` is given, the command answers with exit 0, 1 or 2 (never a
traceback), writes nothing outside its folder, and finishes within a few seconds, all in a
process whose memory is capped.

The property tests run in a child process with an address-space limit (RLIMIT_AS);
`test_the_commands_under_a_memory_limit` starts it. Order documents come from the generator of
test_hostile_properties.py (the issue's cases are its seeds); messages are built here from
hostile fragments: huge text nodes, stray bytes, deep nesting, backslashed links, surrogates.
"""

from __future__ import annotations

import contextlib
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_hostile_properties import documents, json_text

from toolkit.cli import main

INNER = "BSM_HOSTILE_CHILD"
MEMORY_LIMIT = 3 * 1024**3  # bytes of address space for the whole child test process
SECONDS = 5.0  # per command run, generous for a loaded 2-core machine
NOW = "2026-11-20T12:00:00Z"
in_child = pytest.mark.skipif(
    os.environ.get(INNER) != "1",
    reason="runs in a memory-limited child (test_the_commands_under_a_memory_limit)",
)

FRAGMENTS = [
    "<p>Dear customer, your order 305-4444444-5555555 is delayed.</p>",
    "<p>" + "x" * 2_000_000 + "</p>",
    "<p>mail info@shop.example or call +31 20 123 4567</p>",
    '<a href="https://evil.example\\@www.amazon.fr/">Amazon</a>',
    '<a href="javascript:alert(1)">here</a>',
    '<img src="https://t.example/p.gif" width="1" height="1">',
    "<title>" * 2000,
    "<div>" * 3000,
    "&#xd800; \x1b[2J \u202e \U000e0041 \U0001f600 :-)",
    '<p style="font-family: Comic Sans MS; color: red; margin-left: 400px">x</p>',
    "<br>" * 50,
    "<style>p { font-size: 9px } h1 { font-size: 30px }</style><h1>a</h1><h2>b</h2>",
]
BYTES = [b"\xff", b"\x00", b"\xc3", "é".encode("latin-1"), b"\r\n", b"<!-- -->"]


@st.composite
def messages(draw: st.DrawFn) -> tuple[str, bytes]:
    """An .html, .txt or .eml file made of hostile pieces."""
    parts = draw(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4))
    noise = draw(st.lists(st.sampled_from(BYTES), max_size=3))
    body = "".join(parts).encode("utf-8", "surrogatepass") + b"".join(noise)
    kind = draw(st.sampled_from(["html", "txt", "eml"]))
    if kind == "eml":
        subject = draw(st.sampled_from(["Order 305-4444444-5555555", "S" * 20_000, "=?x?="]))
        head = f"Subject: {subject}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        return "message.eml", head.encode("utf-8") + body
    return f"message.{kind}", body


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file() or p.is_symlink()}


def run_command(argv: list[str]) -> tuple[int, float]:
    """`bsm ARGV` in this process: its exit code and how long it took."""
    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    assert "Traceback" not in err.getvalue()
    return code, time.perf_counter() - start


@in_child
@settings(
    max_examples=60, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip
@given(case=documents(), depth=st.sampled_from([2, 100_000]))
def test_render_writes_only_in_its_folder(case: tuple[str, dict[str, Any]], depth: int) -> None:
    name, document = case
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        orders = root / "orders"
        shutil.copytree(EXAMPLES, orders, ignore=shutil.ignore_patterns("*.json", "__*"))
        order = orders / name
        order.write_text(json_text(document, depth), "utf-8")
        before = files_under(root)
        code, seconds = run_command(
            ["render", str(order), "--now", NOW, "--out", str(root / "out")]
        )
        assert code in (0, 1, 2)
        assert seconds < SECONDS
        written = files_under(root) - before
        assert all(p.is_relative_to(root / "out") for p in written), written


@in_child
@settings(
    max_examples=60, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip
@given(message=messages(), fix=st.booleans())
def test_check_reads_and_writes_only_its_own(message: tuple[str, bytes], fix: bool) -> None:
    name, content = message
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        path = root / "in" / name
        path.write_bytes(content)
        before = files_under(root)
        argv = ["check", str(path), "--locale", "en-GB"]
        if fix:
            argv += ["--fix", "--out", str(root / "fixed")]
        code, seconds = run_command(argv)
        assert code in (0, 1, 2)
        assert seconds < SECONDS
        written = files_under(root) - before
        assert all(p.is_relative_to(root / "fixed") for p in written), written


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def test_the_commands_under_a_memory_limit() -> None:
    """The two properties above, in a child process that may use MEMORY_LIMIT bytes at most."""
    if os.environ.get(INNER) == "1":
        pytest.skip("this is the child")
    env = {**os.environ, INNER: "1"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-o", "addopts=", "-q", "-p", "no:cacheprovider", __file__,
         "-k", "not under_a_memory_limit"],
        capture_output=True, text=True, env=env, cwd=Path(__file__).parent.parent,
        preexec_fn=limit_memory, timeout=600,
    )  # fmt: skip
    print(done.stdout[-3000:])
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
    assert "2 passed" in done.stdout
