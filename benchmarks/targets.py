"""Issue 14's targets, each beside its anchor measured in the same run. Prints; asserts nothing.

.venv/bin/python benchmarks/targets.py                 # the full run (about 15 minutes)
.venv/bin/python benchmarks/targets.py --quick         # small sizes: shows it works (CI)
.venv/bin/python benchmarks/targets.py --only message,corpus

Four rows, as the issue states them:
- message: a whole compliant message (`render_order`: render, enforce, every rule, plain text),
  warm, median per example type, each call a new buyer and order number, against
  `premailer.transform` of the same message (its HTML with the project's stylesheet in a
  <style> block); target: ratio <= 0.5.
- startup: `bsm check FILE` and `bsm render ONE` from start to exit (whole processes), against
  `python -c pass`; targets 0.15 s and 0.25 s.
- corpus: `bsm check` per file of the public corpus (as read from disk, every rule), median,
  the first time a process sees the file (and, apart, checked again and again), against
  premailer inlining the same file's own <style>; target <= 1.5 ms, first sight.
- batch: `bsm batch --jobs 2` with every output written (.html, .txt, .eml, .json, SQLite
  ledger), messages a second and the peak resident memory of one process, for each size;
  target >= 2,000 messages a second, memory flat across sizes.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import statistics
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench_batch import creation_us, generate, runs_folder
from bench_batch import measure as measure_batch
from bench_startup import bsm_command, child_env, render_example, run_once
from timing import per_call_ms, per_item_ms

if TYPE_CHECKING:
    from toolkit.orders import OrderDocument

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
NOW_ARG = "2026-11-20T12:00:00+00:00"
CORPUS = ROOT.parent / "shared" / "corpus" / "public"
ROWS = ("message", "startup", "corpus", "batch")


def verdict(value: float, target: float, *, at_most: bool = True) -> str:
    met = value <= target if at_most else value >= target
    return "met" if met else "NOT met"


def premailer_ms(html: str, css: str, n: int) -> float:
    """The anchor: premailer alone inlining `html` with `css` in a <style> block."""
    import premailer

    styled = html.replace("<head>", f"<head><style>{css}</style>", 1)
    if styled == html:
        styled = f"<style>{css}</style>{html}"
    inliner = partial(premailer.transform, styled, disable_validation=True,
                      cssutils_logging_level=logging.CRITICAL)  # fmt: skip
    return per_call_ms(inliner, n)


FIRST_NAMES = ["Lukas", "Anna", "Sophie", "Jan", "Marie", "Luca", "Ayşe", "Piotr", "Karin", "José"]
LAST_NAMES = ["Weber", "de Vries", "Dupont", "Rossi", "Yılmaz", "Nowak", "Berg", "García", "Smith"]


def new_buyers(doc: OrderDocument, n: int) -> list[OrderDocument]:
    """`doc` for `n` other buyers, each with a name and order number of its own."""
    out = []
    for i in range(n):
        first, middle = FIRST_NAMES[i % 10], FIRST_NAMES[i // 10 % 10]
        name = f"{first} {middle} {LAST_NAMES[i // 100 % 9]}"
        order_id = f"{doc.order.id[:3]}-{1000000 + i:07d}-{(7919 * i) % 10**7:07d}"
        order = dataclasses.replace(doc.order, buyer_name=name, id=order_id)
        out.append(dataclasses.replace(doc, order=order))
    return out


def row_message(n: int) -> None:
    from toolkit.orders import load_document
    from toolkit.pipeline import Toolkit, render_order

    tk = Toolkit.load()
    css = (tk.project.templates / "style.css").read_text(encoding="utf-8")
    ratios, ours, theirs = [], [], []
    print(f"{'message type':<28} {'ours ms':>8} {'premailer ms':>13} {'ratio':>6}")
    for path in sorted((ROOT / "examples").glob("*.json")):
        doc = load_document(path, tk.catalog)
        outcome = render_order(tk, doc, now=NOW)
        assert outcome.message is not None and not outcome.refused, path
        mine = per_item_ms(lambda d: render_order(tk, d, now=NOW), new_buyers(doc, n + 1))
        anchor = premailer_ms(outcome.message.html, css, n)
        ours.append(mine)
        theirs.append(anchor)
        ratios.append(mine / anchor)
        print(f"{path.stem:<28} {mine:8.3f} {anchor:13.3f} {mine / anchor:6.2f}")
    ratio = statistics.median(ratios)
    print(
        f"=> whole message {statistics.median(ours):.3f} ms, premailer "
        f"{statistics.median(theirs):.3f} ms: median ratio {ratio:.2f} (target <= 0.50: "
        f"{verdict(ratio, 0.5)})"
    )


def process_seconds(command: list[str], runs: int, cwd: Path) -> tuple[float, float]:
    """Median wall and CPU seconds of `command` as a whole process, after one warm-up run, with
    byte code written and read as on an install (bench_startup.child_env), and the render's
    cache (BSM_CACHE_DIR) a folder of the run's own, in `cwd`, warm after that first run."""
    env = child_env(None, cwd / "cache")
    run_once(command, env, cwd)
    figures = [run_once(command, env, cwd) for _ in range(runs)]
    return statistics.median(f[0] for f in figures), statistics.median(f[1] for f in figures)


def row_startup(runs: int) -> None:
    bsm = bsm_command()
    example = ROOT / "examples" / "delivery-delay.json"
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        work = Path(folder)
        stem, _ = render_example(example, work / "out", work / "cache")
        anchor = process_seconds([sys.executable, "-c", "pass"], runs, work)
        rows = (
            ("bsm check ONE.eml", [*bsm, "check", f"{stem}.eml"], 0.15),
            ("bsm render delivery-delay.json", [*bsm, "render", str(example), "--now", NOW_ARG],
             0.25),
        )  # fmt: skip
        timed = [(label, process_seconds(command, runs, work), target)
                 for label, command, target in rows]  # fmt: skip
    print(f"{'command':<34} {'wall s':>7} {'x anchor':>9} {'cpu s':>7} {'target':>7}")
    print(f"{'python -c pass (anchor)':<34} {anchor[0]:7.3f} {1:9.1f} {anchor[1]:7.3f}")
    for label, (wall, cpu), target in timed:
        print(f"{label:<34} {wall:7.3f} {wall / anchor[0]:9.1f} {cpu:7.3f} {target:7.2f}  "
              f"{verdict(wall, target)}")  # fmt: skip


def first_sight_ms(messages: list[Any], rounds: int) -> list[float]:
    """Each message's check the first time a process sees it (after a warm-up on a rendered
    example, the others in a shuffled order before or after it): its median over `rounds`
    processes' worth of fresh Toolkits. What `bsm check` of files never checked before costs."""
    import random
    import time

    from toolkit.model import Message
    from toolkit.pipeline import Toolkit, check_message

    html = "<html><body><p>Your order 305-1234567-7654321 will ship on Monday.</p></body></html>"
    warm = Message(None, None, "Order 305-1234567-7654321", html, "")
    times: list[list[float]] = [[] for _ in messages]
    for r in range(rounds):
        tk = Toolkit.load()
        check_message(tk, warm)  # patterns compiled, lists read: what any process has done
        order = list(range(len(messages)))
        random.Random(r).shuffle(order)
        for i in order:
            start = time.perf_counter()
            check_message(tk, messages[i])
            times[i].append((time.perf_counter() - start) * 1000)
    return [statistics.median(t) for t in times]


def row_corpus(n: int, corpus: Path, rounds: int) -> None:
    from toolkit.pipeline import Toolkit, check_message
    from toolkit.reader import load_attachment_kinds, read_file

    files = sorted(corpus.rglob("*.html")) if corpus.is_dir() else []
    if not files:
        print(f"(no public corpus at {corpus}: row skipped)")
        return
    tk = Toolkit.load()
    kinds = load_attachment_kinds()
    messages = [read_file(path, kinds).message for path in files]
    again, theirs = [], []
    for message in messages:
        check: Callable[[], object] = partial(check_message, tk, message)
        again.append(per_call_ms(check, n))
        theirs.append(premailer_ms(message.html, "", max(n // 4, 3)))
    first = statistics.median(first_sight_ms(messages, rounds))
    anchor = statistics.median(theirs)
    print(
        f"=> bsm check, {len(files)} corpus files: median {first:.3f} ms a file the first time "
        f"a process sees it, {statistics.median(again):.3f} ms checked again (premailer on the "
        f"same files {anchor:.3f} ms, ratio {first / anchor:.2f}); target <= 1.5 ms (first "
        f"sight): {verdict(first, 1.5)}"
    )


def row_batch(sizes: list[int], jobs: int) -> None:
    print(f"{'orders':>8} {'jobs':>4} {'seconds':>8} {'messages/s':>10} {'peak MB batch':>13} "
          f"{'worker':>7} {'create us/file':>14}")  # fmt: skip
    peaks = []
    with tempfile.TemporaryDirectory(prefix="bench-orders-") as folder, runs_folder() as runs:
        for n in sizes:
            source = Path(folder) / f"orders-{n}.jsonl"
            generate(n, source)
            create = creation_us(Path(runs))  # the file system's state (bench_batch.creation_us)
            took, main_peak, worker_peak, written, _, _ = measure_batch(source, jobs, Path(runs))
            peaks.append(max(main_peak, worker_peak))
            rate = written / took
            print(f"{n:>8} {jobs:>4} {took:>8.1f} {rate:>10.1f} {main_peak:>13.1f} "
                  f"{worker_peak:>7.1f} {create:>14.0f}  (target >= 2,000/s: "
                  f"{verdict(rate, 2000, at_most=False)})")  # fmt: skip
    if len(peaks) > 1:
        print(f"=> largest process from {sizes[0]:,} to {sizes[-1]:,} orders: "
              f"{peaks[0]:.0f} -> {peaks[-1]:.0f} MB")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: shows it works")
    parser.add_argument("--only", default=",".join(ROWS), help=f"some of {','.join(ROWS)}")
    parser.add_argument("--sizes", default=None, help="batch sizes (default 1000,10000,100000)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    rows = args.only.split(",")
    unknown = sorted(set(rows) - set(ROWS))
    if unknown:
        parser.error(f"unknown rows {unknown}: choose from {','.join(ROWS)}")
    n, runs = (20, 3) if args.quick else (300, 15)
    sizes = args.sizes or ("200,400" if args.quick else "1000,10000,100000")
    # in the table's order: premailer slows down in a process that has inlined the corpus
    for name in [row for row in ROWS if row in rows]:
        print(f"\n## {name}", flush=True)
        if name == "message":
            row_message(n)
        elif name == "startup":
            row_startup(runs)
        elif name == "corpus":
            row_corpus(n, args.corpus, 3 if args.quick else 7)
        else:
            row_batch([int(s) for s in sizes.split(",")], args.jobs)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
