"""What `bsm batch` does a second, where a message's time goes, and whether memory stays flat.
Prints figures beside the target; asserts nothing (not a timed test).

.venv/bin/python benchmarks/bench_batch.py [--sizes 1000,10000,100000] [--jobs 1,2] [--sample 300]

Each run: N generated orders (the bundled examples' types, each its own order id, one a line),
a fresh output folder and SQLite ledger, `bsm batch` in its own process, every output written
(.html, .txt, .eml, .json and the ledger). Peak memory is the largest resident set (VmHWM, read
from /proc while the run lasts) of the batch process and of its largest worker.

Each row also gives the CPU a message of the batch process and of its workers together (their
start included), and the CPU this process took to create an empty file just before the run
(`creation_us`): on this machine's file system it swings tenfold with what was deleted in the
minutes before, and every message makes five files and folders. Then the same runs without
rendering (benchmarks/batch_ceiling.py: each type rendered once and handed out again,
everything else the batch's own code): what reading, the processes' traffic, the files,
claiming and recording allow a second, and their CPU.

Then, in this process, on `--sample` of the orders, a message's time by stage (medians are
not needed: each is the mean over the sample): render (validate, render, enforce, check, plain
text), files (its .html, .txt, .eml and .json bytes, the .eml apart) and temporary files (in the
run's stage) - all done by the workers - and write (claim, rename, flush to disk, record: what
the batch process does for it), wall time and CPU.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-11-20T12:00:00Z"
NOW_DT = datetime(2026, 11, 20, 12, tzinfo=UTC)
TARGET = 2000  # messages a second, --jobs 2, every output written (issue 14)
POLL_SECONDS = 0.05
# types that need no attachment: one each, in turn
TYPES = ("delivery-delay", "order-problem", "additional-information", "review-request",
         "delivery-scheduling", "fulfillment-question", "reply")  # fmt: skip


# (as one string each: a list would take a line a name)
FIRST_NAMES = "Lukas Anna Sophie Jan Marie Luca Ayşe Piotr Karin José Emma Mehmet Giulia Lars Zofia"
LAST_NAMES = "Weber Jansen Dupont Rossi Yılmaz Nowak Lindqvist García Smith Kaya Bianchi Svensson"
FIRST, LAST = FIRST_NAMES.split(" "), LAST_NAMES.split(" ")


def buyer_name(i: int) -> str:
    """A buyer's name as orders bring them: mostly first and last, some with a middle name or a
    hyphen, a few in capitals, in Cyrillic or none at all."""
    first, last = FIRST[i % len(FIRST)], LAST[i // len(FIRST) % len(LAST)]
    kind = i % 50
    if kind < 30:
        return f"{first} {last}"
    if kind < 38:
        return f"{first} {FIRST[i // 7 % len(FIRST)]} {last}"
    if kind < 43:
        return f"{first}-{FIRST[i // 3 % len(FIRST)]} {last}"
    if kind < 46:
        return f"{first} {last}".upper()
    if kind < 48:
        return "Анна Смирнова"
    return ""


def generate(n: int, path: Path) -> None:
    bases = [
        json.loads((ROOT / "examples" / f"{name}.json").read_text(encoding="utf-8"))
        for name in TYPES
    ]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            doc = copy.deepcopy(bases[i % len(bases)])
            doc["order"]["AmazonOrderId"] = f"{300 + i % 600:03d}-{i:07d}-{i % 9_999_999:07d}"
            doc["order"]["BuyerInfo"]["BuyerName"] = buyer_name(i)
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


def peak_mb(pid: int) -> float:
    """A live process's peak resident set so far (0 when it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    """A live process's CPU time so far, user and system (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def creation_us(folder: Path, files: int = 300) -> float:
    """CPU microseconds this process takes to create an empty file in a new folder in `folder`
    (where the runs write), just before a run: how dear the file system makes a file then. On
    an ext4 without a journal (this machine's), a new file's inode is looked for past every
    inode deleted in the last minutes (up to six) in the folder's group of inodes, so a run just
    after others removed many files (other tests, an earlier benchmark) pays for each of its
    files several times over: read the rows beside this figure. The files are left for `folder`'s
    owner to remove (see `runs_folder`)."""
    target = Path(tempfile.mkdtemp(prefix="create-", dir=folder))
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_CLOEXEC
    start = time.process_time()
    for i in range(files):
        os.close(os.open(target / str(i), flags, 0o644))
    return (time.process_time() - start) / files * 1e6


def runs_folder() -> tempfile.TemporaryDirectory[str]:
    """Where a benchmark's runs write, each into a new folder of its own, removed only when the
    benchmark ends: a run's output removed before the next run starts would make that run pay
    for every file it creates (creation_us), which no seller's batch does."""
    return tempfile.TemporaryDirectory(prefix="bench-runs-")


def measure(source: Path, jobs: int, runs: Path) -> tuple[float, float, float, int, float, float]:
    """(seconds, peak MB of the batch process, of its largest worker, messages written, CPU
    seconds of the batch process, of its workers together: as last seen, up to a poll short).
    The run writes into a new folder in `runs`, left there (runs_folder)."""
    folder = tempfile.mkdtemp(prefix="batch-", dir=runs)
    command = [sys.executable, "-m", "toolkit.cli", "batch", str(source), "--out",
               str(Path(folder) / "out"), "--now", NOW, "--jobs", str(jobs), "--format",
               "json"]  # fmt: skip
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    main_peak, worker_peaks, main_cpu, worker_cpu = 0.0, {}, 0.0, {}
    while process.poll() is None:
        main_peak = max(main_peak, peak_mb(process.pid))
        main_cpu = max(main_cpu, cpu_seconds(process.pid))
        for child in children(process.pid):
            worker_peaks[child] = max(worker_peaks.get(child, 0.0), peak_mb(child))
            worker_cpu[child] = max(worker_cpu.get(child, 0.0), cpu_seconds(child))
        time.sleep(POLL_SECONDS)
    out, _ = process.communicate()
    took = time.perf_counter() - start
    summary = json.loads(out)
    worker_peak = max(worker_peaks.values(), default=0.0)
    written = int(summary["rendered"])
    return took, main_peak, worker_peak, written, main_cpu, sum(worker_cpu.values())


def stages(source: Path, sample: int, runs: Path) -> dict[str, float]:
    """Milliseconds a message, by stage, over the first `sample` orders, in this process,
    writing into a new folder in `runs` (runs_folder)."""
    sys.path.insert(0, str(ROOT))
    from toolkit.batch import Batch, RecordRenderer, Settings
    from toolkit.files import AtomicStream, Stage, open_folder
    from toolkit.inputs import load_batch_data, read_records
    from toolkit.ledger import open_ledger, utc_day
    from toolkit.output import outcome_files, to_eml
    from toolkit.pipeline import Toolkit, render_order

    now = datetime.fromisoformat(NOW.replace("Z", "+00:00"))
    tk = Toolkit.load()
    settings = Settings(now=now)
    records = list(itertools.islice(read_records(str(source), tk.policy, tk.catalog,
                                                 load_batch_data()), sample))  # fmt: skip
    renderer = RecordRenderer(settings, tk)
    docs = [renderer.parse(r) for r in records]
    render_order(tk, docs[0], now=now)  # warm
    start = time.perf_counter()
    outcomes = [render_order(tk, doc, now=now) for doc in docs]
    render = time.perf_counter() - start
    start = time.perf_counter()
    for outcome in outcomes:
        outcome_files(outcome, tk.catalog, now)
    files = time.perf_counter() - start
    start = time.perf_counter()
    for outcome in outcomes:
        if outcome.message is not None and not outcome.refused:
            to_eml(outcome.message, outcome, now)
    eml = time.perf_counter() - start
    results = renderer(records)  # their files as bytes
    folder = tempfile.mkdtemp(prefix="write-", dir=runs)
    out = Path(folder) / "out"
    with open_ledger(Path(folder) / "ledger.sqlite") as ledger, open_folder(out) as root:
        stage = Stage.create(root, "bench")
        worker = RecordRenderer(replace(settings, stage=stage.path), tk)
        cpu, start = time.process_time(), time.perf_counter()
        staged = [replace(r, files={}, **worker.staged(r.files)) for r in results]
        temps, temps_cpu = time.perf_counter() - start, time.process_time() - cpu
        batch = Batch([str(source)], out, ledger, settings, tk=tk)
        batch.summary.day = utc_day(now)
        errors = AtomicStream(root, "errors.jsonl")
        cpu, start = time.process_time(), time.perf_counter()
        batch.take_all(batch.chunked(staged), root, errors, stage)
        write, write_cpu = time.perf_counter() - start, time.process_time() - cpu
        errors.commit()
        worker.close()
        stage.remove(root)
    n = len(records)
    return {"render": render / n * 1000, "files": files / n * 1000, "eml": eml / n * 1000,
            "temps": temps / n * 1000, "temps_cpu": temps_cpu / n * 1000,
            "write": write / n * 1000, "write_cpu": write_cpu / n * 1000}  # fmt: skip


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from batch_ceiling import batch_without_rendering

    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--sample", type=int, default=300, help="orders for the stage split")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs_list = [int(j) for j in args.jobs.split(",")]
    print(f"bsm batch, every output written; target: --jobs 2 >= {TARGET:,} messages/s "
          f"({os.cpu_count()} cores here)")  # fmt: skip
    print(f"{'orders':>8} {'jobs':>4} {'seconds':>8} {'messages/s':>10} {'target':>7} "
          f"{'peak MB batch':>13} {'peak MB worker':>14} {'CPU ms/msg batch':>16} "
          f"{'workers':>7} {'create us/file':>14}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="bench-orders-") as folder, runs_folder() as runs:
        for n in sizes:
            source = Path(folder) / f"orders-{n}.jsonl"
            generate(n, source)  # kept for the rows without rendering
            for jobs in jobs_list:
                create = creation_us(Path(runs))
                took, main_peak, worker_peak, written, main_cpu, worker_cpu = measure(
                    source, jobs, Path(runs)
                )
                worker = f"{worker_peak:>14.1f}" if jobs > 1 else f"{'(none)':>14}"
                per = 1000 / max(written, 1)
                print(f"{n:>8} {jobs:>4} {took:>8.1f} {written / took:>10.1f} {TARGET:>7} "
                      f"{main_peak:>13.1f} {worker} {main_cpu * per:>16.3f} "
                      f"{worker_cpu * per:>7.3f} {create:>14.0f}", flush=True)  # fmt: skip
        print("\nthe same without rendering (each type rendered once: what the rest of a batch "
              "allows, and its CPU):")  # fmt: skip
        for n in sizes:
            source = Path(folder) / f"orders-{n}.jsonl"
            for jobs in jobs_list:
                got = batch_without_rendering(source, jobs, NOW_DT, Path(runs))
                print(f"{n:>8} {jobs:>4} {'':>8} {got['rate']:>10.1f} {TARGET:>7} {'':>13} "
                      f"{'':>14} {got['batch_cpu']:>16.3f} {got['worker_cpu']:>7.3f}",
                      flush=True)  # fmt: skip
        source = Path(folder) / "sample.jsonl"
        generate(args.sample, source)
        ms = stages(source, args.sample, Path(runs))
    total = ms["render"] + ms["files"] + ms["temps"] + ms["write"]
    print(f"\na message's time by stage (ms, mean over {args.sample} orders, one process):")
    print(f"  render (workers)                    {ms['render']:7.3f}  {ms['render'] / total:4.0%}")
    print(f"  files: .html .txt .eml .json bytes  {ms['files']:7.3f}  {ms['files'] / total:4.0%}"
          f"  (.eml {ms['eml']:.3f})")  # fmt: skip
    print(f"  temporary files (workers)           {ms['temps']:7.3f}  {ms['temps'] / total:4.0%}"
          f"  (CPU {ms['temps_cpu']:.3f})")  # fmt: skip
    print(f"  write: claim, rename, flush, record {ms['write']:7.3f}  {ms['write'] / total:4.0%}"
          f"  (CPU {ms['write_cpu']:.3f}; the batch process)")  # fmt: skip
    budget = (os.cpu_count() or 1) * 1000 / TARGET
    print(f"  all                                 {total:7.3f}  (the target's budget: "
          f"{budget:.3f} ms of CPU a message over {os.cpu_count()} cores)")  # fmt: skip


if __name__ == "__main__":
    main()
