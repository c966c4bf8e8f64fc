"""`bsm check --jobs N`: the inputs checked (and fixed) in N processes print, write and exit as
one process does, byte for byte; each worker reads the ledger through its own connection."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, all_ended, kill_a_worker, workers_start
from test_check_cli import BAD_HTML, GOOD_HTML, run, write

from toolkit.ledger import Sent, SqliteLedger, open_ledger
from toolkit.workers import TASK_ITEMS, TASKS_AHEAD

NOW = "2026-11-20T12:00:00Z"
CORPUS = ROOT.parent / "shared" / "corpus" / "public"


def inputs(folder: Path) -> list[str]:
    """More inputs than two workers hold in flight (the calling process waits on the first
    task while it sends more), of every kind, with paths that cannot be read among them, and
    a message that stops in its worker (nested too deep to read)."""
    many = folder / "many"
    for n in range(2 * TASKS_AHEAD * TASK_ITEMS + 7):
        text = BAD_HTML if n % 3 else GOOD_HTML
        write(many / f"{n:03}.html", text.replace("tomorrow", f"in {n} days"))
    write(many / "150-deep.html", "<p>Order 302-1234567-7654321</p>" + "<div>" * 3000)
    (many / "151-latin1.html").write_bytes(b"<p>caf\xe9 \xff\xfe</p>")
    (many / "152-link.html").symlink_to("/dev/zero")
    paths = [str(many), str(folder / "missing.html"), str(EXAMPLES / "nothing.eml")]
    if CORPUS.is_dir():  # real-world e-mail HTML, when the shared corpus is here
        paths.append(str(CORPUS))
    return [*paths, str(many / "001.html")]


def rendered_messages(folder: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The bundled examples rendered (.html, .eml, .txt): what a seller checks most."""
    out = folder / "rendered"
    examples = sorted(str(p) for p in EXAMPLES.glob("*.json"))
    code, _, _ = run(["render", *examples, "--now", NOW, "--out", str(out)], capsys)
    assert code == 0
    return out


@pytest.mark.parametrize("start", ["fork", "spawn"])
@pytest.mark.parametrize("form", ["text", "json"])
def test_jobs_2_prints_what_jobs_1_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], start: str, form: str
) -> None:
    """Workers forked from this process (Linux, no other thread) or spawned (elsewhere, and
    wherever another thread runs: here one waits while the check lasts)."""
    paths = [*inputs(tmp_path), str(rendered_messages(tmp_path, capsys))]
    one = run(["check", *paths, "--format", form], capsys)
    with workers_start(start):
        two = run(["check", *paths, "--format", form, "--jobs", "2"], capsys)
    assert two == one
    code, out, err = one
    assert code == 2  # the unreadable inputs
    assert "missing.html: no such file" in err and "nothing.eml" in err
    assert "150-deep.html: the HTML cannot be read past line 1" in err
    assert err.index("missing.html") < err.index("nothing.eml")  # in the order given
    assert err.index("150-deep.html") < err.index("151-latin1.html")
    assert "BSM407" in out and "BSM403" in out  # the bad ones' findings are there
    if form == "text":
        assert "message(s) checked" in out or "problem(s)" in out


def test_jobs_2_fixes_what_jobs_1_fixes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --fix, the workers fix and check again; this process writes, in input order (two
    inputs of one name get name.html and name-2.html as they do with one process)."""
    paths = inputs(tmp_path)
    one = run(["check", *paths, "--fix", "--out", str(tmp_path / "one")], capsys)
    two = run(["check", *paths, "--fix", "--out", str(tmp_path / "two"), "--jobs", "2"], capsys)
    code, out, err = two
    assert (code, out.replace("/two/", "/one/"), err) == one
    assert files(tmp_path / "one") == files(tmp_path / "two")
    assert (tmp_path / "two" / "001-2.html").is_file()  # 001.html named twice
    assert "fixed " in out and "left for a person" in out


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.html"))}


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_each_worker_reads_the_ledger(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest, store: str
) -> None:
    """Each worker opens the ledger itself, read-only (a connection is not shared across a
    fork), and closes it as it ends. Every copy of a repeat review request is found as one
    process finds it."""
    if store == "sqlite":
        spec = str(tmp_path / "ledger.sqlite")
        SqliteLedger.open(Path(spec)).close()
    else:
        import pg

        spec = pg.fresh_database(request.getfixturevalue("postgres"), "check_jobs")
    with open_ledger(spec) as ledger:
        sent_at = datetime(2026, 11, 18, 9, tzinfo=UTC)
        ledger.record(Sent("305-8888888-9999999", "review-request", sent_at, True, True))
    text = "<p>Bitte bewerten Sie Bestellung 305-8888888-9999999.</p>"
    for n in range(3 * TASK_ITEMS):
        write(tmp_path / "requests" / f"{n:03}.html", text)
    args = [
        "check", str(tmp_path / "requests"), "--order", str(EXAMPLES / "review-request.json"),
        "--now", NOW, "--ledger", spec, "--select", "BSM105",
    ]  # fmt: skip
    one = run(args, capsys)
    assert run([*args, "--jobs", "2"], capsys) == one
    code, out, _ = one
    assert code == 1 and out.count("BSM105 repeat-review-request") == 3 * TASK_ITEMS
    if store == "postgresql":  # no client of the run is left connected
        assert clients(spec) == 0


def clients(url: str) -> int:
    """Other clients connected to the URL's database, once those that left are gone."""
    import psycopg

    deadline = time.monotonic() + 10
    with psycopg.connect(url, autocommit=True) as db:
        while True:
            row = db.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()"
            ).fetchone()
            count = row[0] if row else 0
            if count == 0 or time.monotonic() > deadline:
                return int(count)
            time.sleep(0.05)


@pytest.mark.parametrize("jobs", ["0", "257", "two"])
def test_a_bad_number_of_jobs_is_a_usage_error(
    jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["check", str(EXAMPLES), "--jobs", jobs], capsys)
    assert code == 2 and "--jobs" in err and "a number of processes" in err and "or auto" in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc: Linux only")
def test_a_worker_killed_mid_way(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A worker killed (by the OOM killer, say) ends the check with exit 2 and says so, without
    a traceback; what was printed before is the start of what a whole run prints."""
    for n in range(1500):
        write(tmp_path / "many" / f"{n:04}.html", BAD_HTML.replace("tomorrow", f"in {n} days"))
    whole = run(["check", str(tmp_path / "many")], capsys)[1].splitlines()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "toolkit.cli", "check", str(tmp_path / "many"), "--jobs", "2"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    workers = kill_a_worker(process.pid)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 2, err
    assert "--jobs: a worker process ended before its work was done" in err
    assert "Traceback" not in err
    assert all_ended(workers)
    printed = out.splitlines()
    assert len(printed) < len(whole) and printed == whole[: len(printed)]


def test_jobs_auto_is_one_process_per_core_it_may_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--jobs auto`: one worker per core this process may run on (a container's share, or
    what `taskset` leaves it), and what it prints is what one process prints."""
    for n in range(40):
        write(tmp_path / "few" / f"{n:02}.html", BAD_HTML.replace("tomorrow", f"in {n} days"))
    args = ["check", str(tmp_path / "few")]
    assert run([*args, "--jobs", "auto"], capsys) == run(args, capsys)
    if sys.platform.startswith("linux") and shutil.which("taskset"):
        code = "from toolkit.commands.common import jobs_number; print(jobs_number('auto'))"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        one_core = subprocess.run(
            ["taskset", "-c", "0", sys.executable, "-c", code],
            env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert one_core.stdout.strip() == "1"
        every = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                               text=True, check=True)  # fmt: skip
        assert every.stdout.strip() == str(len(os.sched_getaffinity(0)))
