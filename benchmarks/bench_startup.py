"""What a command costs from start to exit, as whole processes, next to `python -c pass`.
Prints figures; asserts nothing.

.venv/bin/python benchmarks/bench_startup.py [--n 10] [--example delivery-delay]
                                            [--against DIR]

Rows: `python -c pass` (the anchor: the interpreter's own start), `bsm --version`, `bsm check`
of a message `bsm render` wrote (.html and .eml; with --locale too, which opens BSM414's
Hunspell dictionary), `bsm render` of one example. Each figure is the median of n runs, wall
time and CPU time (user + system, of the process); the runs of every row are interleaved, so
that a busy machine slows them alike. The targets (issue 14) are printed beside them: they are
wall times on a quiet machine; on a busy one the CPU time says more.

Python here runs as on an install: byte code is written and read (PYTHONDONTWRITEBYTECODE is
dropped for the children, or every start compiles the toolkit again), after one warm-up run.

--against DIR: also run each command with another checkout's toolkit (DIR holds its toolkit/
package; it is put first on PYTHONPATH), interleaved with this one: before and after in one run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-11-20T12:00:00+00:00"
LOCALES = {"nl": "nl-NL", "en": "en-GB", "de": "de-DE", "fr": "fr-FR"}
TARGETS = {"check .html": 0.15, "check .eml": 0.15, "render": 0.25}  # seconds, wall


def bsm_command() -> list[str]:
    """`bsm` as a user runs it: the console script beside this Python, else `-m toolkit.cli`."""
    script = Path(sys.executable).with_name("bsm")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "toolkit.cli"]


def child_env(toolkit_dir: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if toolkit_dir is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(toolkit_dir), env.get("PYTHONPATH")]))
    return env


def run_once(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one process, start to exit."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):  # 1: findings; anything else is a broken row
        raise SystemExit(f"{' '.join(command)}: exit {process.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def render_example(example: Path, out: Path) -> tuple[Path, str]:
    """The example rendered into `out` (as `bsm render --out` writes it): its .html path
    without suffix, and its buyer locale."""
    done = subprocess.run(
        [*bsm_command(), "render", str(example), "--now", NOW, "--out", str(out)],
        capture_output=True, text=True, env=child_env(None), cwd=out.parent, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"cannot render {example.name}: {done.stdout}{done.stderr}")
    html = next(out.glob("*/*.html"))
    locale = done.stdout.split("\n", 1)[0].split()[-2]  # "<file>: <type> <locale> ok"
    return html.with_suffix(""), locale


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10)
    parser.add_argument("--example", default="delivery-delay", help="an example's name")
    parser.add_argument("--against", type=Path, metavar="DIR", help="another checkout's root")
    args = parser.parse_args()
    example = ROOT / "examples" / f"{args.example}.json"
    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        stem, locale = render_example(example, work / "out")
        bsm = bsm_command()
        rows = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "bsm --version": [*bsm, "--version"],
            "check .html": [*bsm, "check", f"{stem}.html"],
            "check .eml": [*bsm, "check", f"{stem}.eml"],
            f"check --locale {locale} .html": [*bsm, "check", "--locale", locale, f"{stem}.html"],
            "render": [*bsm, "render", str(example), "--now", NOW],
        }
        trees: dict[str, Path | None] = {"this": None}
        if args.against is not None:
            trees["against"] = args.against.resolve()
        times: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for warm_up in (True, False):
            for _ in range(1 if warm_up else args.n):
                for tree, toolkit_dir in trees.items():
                    env = child_env(toolkit_dir)
                    for name, command in rows.items():
                        if name.startswith("python") and tree != "this":
                            continue  # the anchor is the same interpreter
                        figures = run_once(command, env, work)
                        if not warm_up:
                            times.setdefault((tree, name), []).append(figures)
        report(times, trees, args.n, example.stem)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(
    times: dict[tuple[str, str], list[tuple[float, float]]],
    trees: dict[str, Path | None],
    n: int,
    example: str,
) -> None:
    def median(tree: str, name: str, which: int) -> float:
        return statistics.median(t[which] for t in times[(tree, name)])

    anchor_wall, anchor_cpu = (
        median("this", "python -c pass", 0),
        median("this", "python -c pass", 1),
    )
    print(f"whole processes, median of {n} (render: {example}); wall and CPU seconds, x anchor")
    head = f"{'command':<26} {'wall':>7} {'x':>5} {'cpu':>7} {'x':>5}  {'target':>7}"
    if "against" in trees:
        head += f"   {'against':>7} {'cpu':>7}  {'wall':>5} {'cpu':>5} (this/against)"
    print(head)
    for tree, name in times:
        if tree != "this":
            continue
        wall, cpu = median(tree, name, 0), median(tree, name, 1)
        target = TARGETS.get(name)
        line = (
            f"{name:<26} {wall:7.3f} {wall / anchor_wall:5.1f} {cpu:7.3f} {cpu / anchor_cpu:5.1f}"
            f"  {f'<= {target:.2f}' if target else '':>7}"
        )
        if ("against", name) in times:
            other_wall, other_cpu = median("against", name, 0), median("against", name, 1)
            line += (
                f"   {other_wall:7.3f} {other_cpu:7.3f}"
                f"  {wall / other_wall:5.2f} {cpu / other_cpu:5.2f}"
            )
        print(line)
    print(f"anchor: python -c pass, {anchor_wall:.3f} s wall, {anchor_cpu:.3f} s CPU")


if __name__ == "__main__":
    main()
