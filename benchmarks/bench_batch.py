"""What `bsm batch` does a second, and whether its memory stays flat. Prints figures; asserts
nothing (not a timed test).

.venv/bin/python benchmarks/bench_batch.py [--sizes 1000,10000,100000] [--jobs 1,2]

Each run: N generated orders (the bundled examples' types, each its own order id, one a line),
a fresh output folder and SQLite ledger, `bsm batch` in its own process. Peak memory is the
largest resident set of one process of the run (the batch, or one of its workers).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-11-20T12:00:00Z"
# types that need no attachment: one each, in turn
TYPES = ("delivery-delay", "order-problem", "additional-information", "review-request",
         "delivery-scheduling", "fulfillment-question", "reply")  # fmt: skip


def generate(n: int, path: Path) -> None:
    bases = [
        json.loads((ROOT / "examples" / f"{name}.json").read_text(encoding="utf-8"))
        for name in TYPES
    ]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            doc = copy.deepcopy(bases[i % len(bases)])
            doc["order"]["AmazonOrderId"] = f"{300 + i % 600:03d}-{i:07d}-{i % 9_999_999:07d}"
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


def measure(source: Path, jobs: int) -> tuple[float, float, int]:
    """(seconds, peak MB, messages written) of one run, measured in a child of its own."""
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as folder:
        code = (
            "import resource, subprocess, sys, time\n"
            "start = time.perf_counter()\n"
            "done = subprocess.run(sys.argv[1:], capture_output=True)\n"
            "took = time.perf_counter() - start\n"
            "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
            "print(took, peak, done.returncode); sys.stderr.write(done.stderr.decode()[-2000:])\n"
            "sys.stdout.write(done.stdout.decode())\n"
        )
        command = [sys.executable, "-m", "toolkit.cli", "batch", str(source), "--out",
                   str(Path(folder) / "out"), "--now", NOW, "--jobs", str(jobs), "--format",
                   "json"]  # fmt: skip
        run = subprocess.run([sys.executable, "-c", code, *command], capture_output=True,
                             text=True, cwd=ROOT, env={**os.environ}, check=True)  # fmt: skip
        first, _, rest = run.stdout.partition("\n")
        took, peak_kb, _code = first.split()
        summary = json.loads(rest)
        return float(took), int(peak_kb) / 1024, int(summary["rendered"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--jobs", default="1,2")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs_list = [int(j) for j in args.jobs.split(",")]
    print(f"{'orders':>8} {'jobs':>4} {'seconds':>8} {'messages/s':>10} {'peak MB':>8}")
    with tempfile.TemporaryDirectory(prefix="bench-orders-") as folder:
        for n in sizes:
            source = Path(folder) / f"orders-{n}.jsonl"
            generate(n, source)
            for jobs in jobs_list:
                took, peak, written = measure(source, jobs)
                print(f"{n:>8} {jobs:>4} {took:>8.1f} {written / took:>10.1f} {peak:>8.1f}",
                      flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
