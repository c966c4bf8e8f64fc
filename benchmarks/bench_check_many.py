"""`bsm check` of a folder of many messages, in one process and in N (`--jobs`): messages a
second, whole processes from start to exit. Prints figures; asserts nothing.

.venv/bin/python benchmarks/bench_check_many.py [--orders 2000] [--corpus-copies 10] [--n 3]
                                                [--jobs 1,2]

The messages are what a seller checks: a batch of generated orders (benchmarks/bench_batch.py's
buyers and items) rendered by `bsm batch`, their .html and .eml, and the public corpus when
it is at ../shared (real-world e-mail HTML, each file copied --corpus-copies times: some 60
findings a file, where a rendered message has none). Each figure is the median of n
runs; the runs of every --jobs are interleaved, so that a busy machine slows them alike.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
from pathlib import Path

from bench_batch import generate
from bench_startup import ROOT, bsm_command, child_env, run_once

NOW = "2026-11-20T12:00:00+00:00"
CORPUS = ROOT.parent / "shared" / "corpus" / "public"


def messages(folder: Path, orders: int, copies: int, cache: Path) -> int:
    """The folder filled: rendered orders, and the corpus when here; how many messages."""
    source = folder.parent / "orders.jsonl"
    generate(orders, source)
    done = subprocess.run(
        [*bsm_command(), "batch", str(source), "--now", NOW, "--out", str(folder / "rendered"),
         "--jobs", "2"],
        capture_output=True, text=True, env=child_env(None, cache), check=False,
    )  # fmt: skip
    if done.returncode not in (0, 1):
        raise SystemExit(f"bsm batch: exit {done.returncode}: {done.stderr[-500:]}")
    for copy in range(copies if CORPUS.is_dir() else 0):
        shutil.copytree(CORPUS, folder / "corpus" / str(copy))
    return sum(1 for p in folder.rglob("*") if p.suffix in (".html", ".eml"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=2000)
    parser.add_argument("--corpus-copies", type=int, default=10)
    parser.add_argument("--n", type=int, default=3)
    parser.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}")
    args = parser.parse_args()
    jobs = sorted({int(j) for j in args.jobs.split(",")})
    with tempfile.TemporaryDirectory(prefix="bench-check-") as tmp:
        folder, cache = Path(tmp) / "messages", Path(tmp) / "cache"
        count = messages(folder, args.orders, args.corpus_copies, cache)
        env = child_env(None, cache)
        walls: dict[int, list[float]] = {j: [] for j in jobs}
        cpus: dict[int, list[float]] = {j: [] for j in jobs}
        for _ in range(args.n):
            for j in jobs:
                command = [*bsm_command(), "check", str(folder), "--jobs", str(j)]
                wall, cpu = run_once(command, env, Path(tmp))
                walls[j].append(wall)
                cpus[j].append(cpu)
    print(f"bsm check of {count} messages ({os.cpu_count()} cores), median of {args.n} runs")
    print(f"{'jobs':>4} {'seconds':>8} {'messages/s':>10} {'ms a message':>12} {'vs 1 job':>8}")
    first = statistics.median(walls[jobs[0]])
    for j in jobs:
        wall = statistics.median(walls[j])
        print(f"{j:>4} {wall:8.2f} {count / wall:10.0f} {1000 * wall / count:12.3f} "
              f"{first / wall:7.2f}x")  # fmt: skip
    own = ", ".join(f"{j} jobs {statistics.median(cpus[j]):.2f}" for j in jobs)
    print(f"(CPU seconds, the workers' included: {own})")


if __name__ == "__main__":
    main()
