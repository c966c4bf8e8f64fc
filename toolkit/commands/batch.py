"""`bsm batch INPUT... --out DIR`: a day's orders into messages, recorded in a ledger."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from toolkit.batch import ERRORS_FILE, Batch, Settings, Summary
from toolkit.commands.common import (
    jobs_number,
    parse_now,
    project_for,
    safe_for_terminal,
    terminal_json,
)
from toolkit.errors import InputError
from toolkit.files import open_folder, read_capped
from toolkit.inputs import STDIN
from toolkit.ledger import SqlLedger, is_url, open_ledger
from toolkit.orders import ORDER_ID

LEDGER_FILE = "ledger.sqlite"
MAX_EXCLUDE_BYTES = 50_000_000
PLAIN_EVERY = 1000  # records between progress lines when the output is no terminal
PLAIN_SECONDS = 10.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, or - for stdin")
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="write DIR/<order>/<type>.html .txt .eml .json and errors.jsonl",
    )
    ledger_option(parser)
    parser.add_argument(
        "--now", help="the time of sending, ISO-8601 with a zone, e.g. 2026-11-20T12:00:00Z"
    )
    parser.add_argument(
        "--jobs",
        type=jobs_number,
        default=1,
        metavar="N",
        help="render in N processes, auto: one per core (the result is the same)",
    )
    parser.add_argument("--type", help="message type for every record (default: each record's)")
    parser.add_argument("--locale", help="buyer locale for every record (default: each's)")
    parser.add_argument(
        "--exclude", type=Path, metavar="FILE", help="order ids (one a line) that get no message"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--templates", type=Path, help="templates folder (default: the project's)")
    parser.add_argument("--locales", type=Path, help="locales folder (default: the project's)")


def ledger_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ledger",
        metavar="PATH|URL",
        help="a SQLite file or a postgresql:// URL (default: DIR/ledger.sqlite)",
    )


def read_exclude(path: Path | None) -> frozenset[str]:
    """--exclude FILE: order ids one a line (blank lines and # comments ignored)."""
    if path is None:
        return frozenset()
    data = read_capped(path, MAX_EXCLUDE_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"not UTF-8 at byte {err.start}", source=str(path)) from None
    ids = set()
    for number, line in enumerate(text.splitlines(), 1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        if not ORDER_ID.fullmatch(entry):
            raise InputError(
                f"line {number}: expected an order number NNN-NNNNNNN-NNNNNNN, got {entry[:40]!r}",
                source=str(path),
            )
        ids.add(entry)
    return frozenset(ids)


def open_run_ledger(spec: str | None, out: Path) -> SqlLedger:
    if spec is None:
        return open_ledger(out / LEDGER_FILE)
    if not is_url(spec) and "://" in spec:
        raise InputError("expected a file or a postgresql:// URL", field="--ledger")
    return open_ledger(spec)


def run(args: argparse.Namespace) -> int:
    now = parse_now(args.now)
    exclude = read_exclude(args.exclude)
    for name in args.inputs:
        if name != STDIN and not Path(name).exists():
            raise InputError("no such file", source=name)
    open_folder(args.out).close()  # an unusable --out is said once, before anything is read
    settings = Settings(
        now=now,
        message_type=args.type,
        locale=args.locale,
        exclude=exclude,
        templates=args.templates,
        locales=args.locales,
        project=project_for(args),
    )
    with open_run_ledger(args.ledger, args.out) as ledger:
        with progress_for(sys.stderr.isatty()) as show:
            batch = Batch(
                list(args.inputs), args.out, ledger, settings, jobs=args.jobs, progress=show
            )
            summary = batch.run()
        where = ledger.where
    if args.format == "json":
        print(
            terminal_json(
                {**summary.as_dict(), "ledger": where, "errors": str(args.out / ERRORS_FILE)},
                indent=2,
            )
        )
    else:
        print_summary(summary, args.out, where)
    for problem in summary.unreadable:
        print(safe_for_terminal(f"error: {problem}"), file=sys.stderr)
    return summary.exit_code


def done_count(summary: Summary) -> int:
    skipped = sum(summary.skipped.values())
    return summary.rendered + summary.refused + summary.invalid + summary.held + skipped


class Progress:
    """Progress on stderr: a rich bar on a terminal, else a plain line now and then."""

    def __init__(self, terminal: bool) -> None:
        self.terminal = terminal
        self.start = time.monotonic()
        self.last_line = self.start
        self.last_done = 0
        self.bar: Any = None
        self.task: Any = None

    def __enter__(self) -> Callable[[Summary], None]:
        if self.terminal:
            from rich.progress import (
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import (
                Progress as Bar,
            )

            self.bar = Bar(
                TextColumn("batch"),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}/s"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                transient=True,
            )
            self.task = self.bar.add_task("batch", total=None, rate="0")
        return self.update

    def update(self, summary: Summary) -> None:
        done = done_count(summary)
        now = time.monotonic()
        rate = done / max(now - self.start, 1e-9)
        if self.bar is not None:
            if not self.bar.live.is_started:
                # shown from the first chunk on: its refresh thread starts after the workers,
                # which are forks of this process only while it runs no other thread
                self.bar.start()
            self.bar.update(
                self.task, completed=done, total=max(summary.records, done), rate=f"{rate:.0f}"
            )
        elif (
            done // PLAIN_EVERY > self.last_done // PLAIN_EVERY
            or now - self.last_line >= PLAIN_SECONDS
        ):  # a chunk at a time: a line when it passes a thousand, or now and then
            self.last_line, self.last_done = now, done
            print(
                f"batch: {done} done ({summary.rendered} written), {rate:.0f}/s",
                file=sys.stderr,
                flush=True,
            )

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None and self.bar.live.is_started:
            self.bar.stop()


def progress_for(terminal: bool) -> Progress:
    return Progress(terminal)


def print_summary(summary: Summary, out: Path, ledger: str) -> None:
    show = safe_for_terminal
    print(show(f"batch: {summary.records} records into {out} (ledger {ledger})"))
    if summary.rendered == 0:
        print("  nothing new written")
    print(f"  rendered  {summary.rendered}")
    rules = ", ".join(f"{rule} {n}" for rule, n in sorted(summary.refused_by_rule.items()))
    print(f"  refused   {summary.refused}" + (f" ({rules})" if rules else ""))
    print(f"  invalid   {summary.invalid}")
    if summary.held:
        print(f"  held      {summary.held} (the daily limit, BSM111: written on a later day)")
    print(f"  skipped   {sum(summary.skipped.values())}")
    for reason, n in sorted(summary.skipped.items()):
        print(show(f"    {n:>6}  {reason}"))
    if summary.unwritable:
        print(f"  unwritable {summary.unwritable}")
    if summary.retaken:
        print(f"  rewritten after an interrupted run: {summary.retaken}")
    limit = "no limit known" if summary.daily_limit is None else f"limit {summary.daily_limit}"
    print(f"  proactive messages on {summary.day}: {summary.proactive_today} ({limit})")
    for mtype, counts in sorted(summary.by_type.items()):
        parts = ", ".join(f"{what} {n}" for what, n in sorted(counts.items()))
        print(show(f"  {mtype}: {parts}"))
    if summary.invalid or summary.refused or summary.held or summary.unwritable:
        print(show(f"  each is a line of {out / ERRORS_FILE}"))
