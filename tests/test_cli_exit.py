"""How the `bsm` program ends (toolkit.cli.finish): the same output and exit code as the
command run in a process that goes on, its output all written however long, the exit functions
run, and a thread of its own still waited for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, bsm

from toolkit.cli import main

NOW = "2026-11-20T12:00:00Z"


def program(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Python running `code`, which ends by calling main() as the `bsm` program does."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [
        ["rules"],  # every rule: a long output, all of it written
        ["check", "missing.html"],  # exit 2
        ["render", str(EXAMPLES / "delivery-delay.json"), "--locale", "ja-JP", "--now", NOW],
        ["render", str(EXAMPLES / "delivery-delay.json"), "--now", NOW, "--format", "json"],
    ],
)
def test_the_program_says_and_exits_as_the_command_does_in_process(
    args: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(args)  # in this process, which goes on
    said = capsys.readouterr()
    done = bsm(*args, cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (code, said.out, said.err)
    assert code in (0, 1, 2) and said.out + said.err


def test_the_exit_functions_run_and_then_the_code_is_the_commands(tmp_path: Path) -> None:
    done = program(
        "import atexit, sys\n"
        "atexit.register(lambda: print('exit function ran', flush=True))\n"
        "from toolkit.cli import main\n"
        "sys.argv = ['bsm', 'check', 'missing.html']\n"
        "main()\n"
        "print('never here')\n",
        tmp_path,
    )
    assert done.returncode == 2
    assert done.stdout == "exit function ran\n"
    assert "missing.html" in done.stderr


def test_a_thread_still_running_is_waited_for(tmp_path: Path) -> None:
    done = program(
        "import sys, threading, time\n"
        "def late():\n"
        "    time.sleep(0.5)\n"
        "    print('the thread finished', flush=True)\n"
        "threading.Thread(target=late).start()\n"
        "from toolkit.cli import main\n"
        "sys.argv = ['bsm', 'rules']\n"
        "main()\n",
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("the thread finished\n") and "BSM414" in done.stdout
