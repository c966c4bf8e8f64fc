"""`bsm check PATH...`: the whole rule catalog on messages written anywhere, with --fix."""

from __future__ import annotations

import argparse
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from toolkit.commands.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    finding_line,
    jobs_number,
    parse_now,
    project_for,
    safe_for_terminal,
    terminal_json,
)
from toolkit.errors import InputError
from toolkit.files import open_folder, open_folders, problem, real, write_atomic
from toolkit.i18n import parse_locale
from toolkit.model import Finding, Severity
from toolkit.pipeline import Toolkit, check_message
from toolkit.reader import (
    FIXED_MARK,
    STDIN,
    Located,
    Source,
    load_attachment_kinds,
    located_paths,
)
from toolkit.rules import Registry

if TYPE_CHECKING:  # imported where used: a plain check neither fixes, reads a ledger, nor
    # loads an order document
    from toolkit.fix import Fixed
    from toolkit.ledger import SqlLedger
    from toolkit.orders import OrderDocument
    from toolkit.project import Project

SPELLING = "BSM414"  # its dictionary is opened ahead when the language is known


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".html .eml .txt, folder, or -")
    parser.add_argument("--locale", help="the buyer's locale, e.g. nl-NL (runs BSM104)")
    parser.add_argument("--type", help="the message type, e.g. delivery-delay (runs BSM101 ...)")
    parser.add_argument("--order", type=Path, metavar="ORDER.json", help="the order document")
    parser.add_argument(
        "--now", help="the time of sending, ISO-8601 (default: the clock, with --order/--ledger)"
    )
    parser.add_argument(
        "--ledger", metavar="PATH|URL",
        help="the ledger of what was sent (a SQLite file or a postgresql:// URL)",
    )  # fmt: skip
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--select", action="append", default=[], metavar="IDS", help="rule id prefixes: BSM4,BSM301"
    )
    parser.add_argument(
        "--ignore", action="append", default=[], metavar="IDS", help="rule id prefixes to leave out"
    )
    parser.add_argument(
        "--fix", action="store_true", help="write each message fixed: name.fixed.ext, or in --out"
    )
    parser.add_argument("--out", type=Path, metavar="DIR", help="with --fix: write the files here")
    parser.add_argument(
        "--jobs", type=jobs_number, default=1, metavar="N",
        help="check in N processes, auto: one per core (the output is the same)",
    )  # fmt: skip


@dataclass(frozen=True)
class Context:
    """What the seller told the checker about the messages; the same for every path."""

    message_type: str | None
    locale: str | None
    doc: OrderDocument | None
    now: datetime | None
    ledger: SqlLedger | None


@dataclass(frozen=True)
class Report:
    """What a check found in one input, and what --fix made of it."""

    path: str
    findings: tuple[Finding, ...]
    fixed: Fixed | None = None
    written: str | None = None


def id_prefixes(values: list[str], registry: Registry, flag: str) -> tuple[str, ...]:
    prefixes = tuple(p.strip().upper() for v in values for p in v.split(",") if p.strip())
    for prefix in prefixes:
        if not any(r.id.startswith(prefix) for r in registry.rules):
            raise InputError(f"{prefix!r} matches no rule id (bsm rules lists them)", field=flag)
    return prefixes


@dataclass(frozen=True)
class Settings:
    """What the seller asked of this check, as a worker process (`--jobs`) needs it: the
    same for every path."""

    project: Project
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    type: str | None
    locale: str | None
    order: Path | None
    # the moment of sending, the clock's read once here when not given: every worker judges
    # the timing rules at the same moment
    now: datetime | None
    ledger: str | None
    fix: bool

    @classmethod
    def of(cls, args: argparse.Namespace, tk: Toolkit) -> Settings:
        """The command line's, checked (a bad rule id or flag is the user's error, exit 2)."""
        if args.out is not None and not args.fix:
            raise InputError("--out is where --fix writes; give --fix too", field="--out")
        return cls(
            project=tk.project,
            select=id_prefixes(args.select, tk.registry, "--select"),
            ignore=id_prefixes(args.ignore, tk.registry, "--ignore"),
            type=args.type, locale=args.locale, order=args.order,
            now=parse_now(args.now) if args.now or args.order or args.ledger else None,
            ledger=args.ledger, fix=args.fix,
        )  # fmt: skip


def load_context(settings: Settings, tk: Toolkit) -> Context:
    if settings.locale:
        try:
            parse_locale(settings.locale)
        except InputError as err:
            raise InputError(err.problem, field="--locale") from None
    doc = None
    if settings.order is not None:
        from toolkit.orders import load_document

        doc = load_document(
            settings.order, tk.catalog, message_type=settings.type, locale=settings.locale,
            seller=tk.project.seller, suffixes=tk.policy.suffixes,
        )  # fmt: skip
    ledger = None
    if settings.ledger:
        from toolkit.ledger import open_ledger

        ledger = open_ledger(settings.ledger, readonly=True)
    return Context(
        message_type=settings.type or (doc.message_type if doc else None),
        locale=settings.locale or (doc.locale if doc else None),
        doc=doc,
        now=settings.now,
        ledger=ledger,
    )


def check_source(tk: Toolkit, source: Source, ctx: Context, registry: Registry) -> list[Finding]:
    message = replace(source.message, type=ctx.message_type, locale=ctx.locale)
    return check_message(
        tk,
        message,
        doc=ctx.doc,
        now=ctx.now,
        ledger=ctx.ledger,
        registry=registry,
        image_bytes=dict(source.image_bytes),
    )


@dataclass(frozen=True)
class Checked:
    """What was made of one input: its findings (with --fix, those of the fixed message) and
    the fix; or the error that stopped it, as printed. Nothing is written yet."""

    findings: tuple[Finding, ...] = ()
    fixed: Fixed | None = None
    error: str | None = None


class Checker:
    """Checks (and with --fix, fixes) inputs; in this process, or in each worker (`--jobs`)."""

    def __init__(self, settings: Settings, tk: Toolkit | None = None) -> None:
        self.tk = tk or Toolkit.load(project=settings.project)
        self.registry = self.tk.registry.select(settings.select, settings.ignore)
        self.ctx = load_context(settings, self.tk)
        self.kinds = load_attachment_kinds(cache=self.tk.cache)
        self.fixing = settings.fix

    def __call__(self, items: list[Source | Located]) -> list[Checked]:
        return [self.one(item) for item in items]

    def one(self, item: Source | Located) -> Checked:
        """A file found is read here: in a worker, with `--jobs` (an .eml's parse, too)."""
        try:
            source = item.read(self.kinds) if isinstance(item, Located) else item
        except InputError as err:  # its path is in it, as read errors are shown
            return Checked(error=str(err))
        try:
            if not self.fixing:
                return Checked(tuple(check_source(self.tk, source, self.ctx, self.registry)))
            from toolkit.fix import fix_source

            fixed = fix_source(source, self.tk.policy, self.tk.detectors, self.kinds)
            findings = check_source(self.tk, fixed.source, self.ctx, self.registry)
            return Checked(tuple(findings), fixed)
        except InputError as err:
            return Checked(error=str(err.within(source.path)))

    def close(self) -> None:
        if self.ctx.ledger is not None:
            self.ctx.ledger.close()


# A process pool gives a worker no other place to keep what it loaded: set once in each worker
# process (never in the main one) by `start_worker`.
_WORKER: Checker | None = None


def start_worker(settings: Settings, tk: Toolkit | None) -> None:
    """A worker's start: a fork of this process gets its Toolkit as `tk`; a spawned one loads
    its own. Each opens its own ledger (a connection is not shared across processes)."""
    from multiprocessing.util import Finalize

    global _WORKER
    _WORKER = Checker(settings, tk)
    # the worker's ledger is closed as the worker ends (PostgreSQL sees a client leave, not
    # its connection drop); an inherited connection of this process's is never touched
    Finalize(_WORKER, _WORKER.close, exitpriority=1)


def check_in_worker(items: list[Source | Located]) -> list[Checked]:
    assert _WORKER is not None, "start_worker runs first"
    return _WORKER(items)


def checked_in_order(
    items: Iterable[Source | Located | InputError], checker: Checker, settings: Settings, jobs: int
) -> Iterator[tuple[Source | Located | InputError, Checked | None]]:
    """Each input with what was made of it (None for a path that could not be read), in
    input order; `jobs` processes check (1: this one)."""
    if jobs <= 1:
        for item in items:
            yield item, None if isinstance(item, InputError) else checker.one(item)
        return
    from toolkit.workers import in_order

    # the workers get the files (they read them) and stdin's message; a path's error stays
    # here, in its place
    inputs: deque[Source | Located | InputError] = deque()

    def sources() -> Iterator[Source | Located]:
        for item in items:
            inputs.append(item)
            if not isinstance(item, InputError):
                yield item

    tk = checker.tk
    for checked in in_order(
        sources(), check_in_worker, jobs, start_worker,
        lambda forked: (settings, tk if forked else None),
    ):  # fmt: skip
        while isinstance(inputs[0], InputError):
            yield inputs.popleft(), None
        yield inputs.popleft(), checked
    while inputs:
        yield inputs.popleft(), None


def fixed_path(source: Source | Located, out: Path | None) -> Path | None:
    """Where --fix writes: DIR/<name> with --out, else beside the input as name.fixed.ext."""
    if source.file is None:
        return out / f"stdin{FIXED_MARK}.{source.kind}" if out else None
    if out is None:
        return source.file.with_name(f"{source.file.stem}{FIXED_MARK}{source.file.suffix}")
    relative = source.file.relative_to(source.root) if source.root else Path(source.file.name)
    return out / relative


def distinct(target: Path, taken: set[Path]) -> Path:
    """`target`, or name-2.ext, name-3.ext ... when this run already wrote one by that name."""
    candidate, n = target, 1
    while candidate in taken:
        n += 1
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
    taken.add(candidate)
    return candidate


def write_fixed(target: Path, content: bytes, out: Path | None) -> None:
    """Write without following a link at the name or in the folders made under --out; beside
    the input, in the folder it was read from (a link the user named to it is theirs)."""
    if out is None:
        folder = open_folder(real_folder(target.parent), create=False)
    else:
        folder = open_folders(out, target.parent.relative_to(out).parts)
    with folder:
        write_atomic(folder, target.name, content)


def real_folder(path: Path) -> Path:
    try:
        return real(path)
    except OSError as err:
        raise InputError(f"cannot write here: {problem(err)}", source=str(path)) from None


def write_fix(source: Source | Located, fixed: Fixed, out: Path | None, taken: set[Path]) -> str:
    """Write a fixed message (stdin's to stdout without --out); where it went."""
    target = fixed_path(source, out)
    if target is None:  # stdin without --out: the fixed message goes to stdout
        sys.stdout.buffer.write(fixed.content)
        sys.stdout.flush()
        return "<stdout>"
    target = distinct(target, taken)
    if source.file is not None and target.resolve() == source.file.resolve():
        raise InputError("--out would overwrite the message itself; give another folder")
    write_fixed(target, fixed.content, out)
    return str(target)


def finding_json(path: str, f: Finding, fixable: bool) -> dict[str, Any]:
    return {"path": path, **f.as_dict(), "fixable": fixable}


@dataclass
class Tally:
    """What the summary counts, added up as the reports go by: a run over a million messages
    keeps no report (nor a fixed file) of each."""

    messages: int = 0
    with_findings: int = 0
    errors: int = 0
    warnings: int = 0
    fixable: int = 0

    def add(self, report: Report, fixable: frozenset[str]) -> None:
        self.messages += 1
        self.with_findings += bool(report.findings)
        for f in report.findings:
            if f.severity is Severity.ERROR:
                self.errors += 1
            else:
                self.warnings += 1
            self.fixable += f.rule in fixable


def summary(tally: Tally, fixing: bool) -> str:
    problems = tally.errors + tally.warnings
    if not problems:
        what = "fixed, nothing left" if fixing else "no problems"
        return f"{tally.messages} message(s) checked: {what}."
    text = (
        f"{problems} problem(s) ({tally.errors} error(s), {tally.warnings} warning(s)) "
        f"in {tally.with_findings} of {tally.messages} message(s)"
    )
    if fixing:
        return text + " left for a person."
    return text + (f"; {tally.fixable} fixable with --fix." if tally.fixable else ".")


class JsonArray:
    """A JSON array printed an item at a time, as `terminal_json(items, indent=2)` prints
    it whole: the findings of a million messages are never held."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0

    def add(self, item: object) -> None:
        text = terminal_json(item, indent=2).replace("\n", "\n  ")  # one level deeper
        self.out.write(("[\n  " if not self.count else ",\n  ") + text)
        self.count += 1

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "[]\n")


def print_fix(report: Report, source: Source | Located) -> None:
    assert report.fixed is not None
    counts = Counter(c.rule for c in report.fixed.changes)
    done = ", ".join(f"{rule} x{n}" for rule, n in sorted(counts.items())) or "nothing to fix"
    out = sys.stderr if report.written == "<stdout>" else sys.stdout
    print(safe_for_terminal(f"fixed {source.path} -> {report.written}: {done}"), file=out)


def run(args: argparse.Namespace) -> int:
    # kept on `args` until the program ends (cli.run_command): never freed for nothing
    tk = args.toolkit = Toolkit.load(project=project_for(args))
    settings = Settings.of(args, tk)
    checker = Checker(settings, tk)
    registry, ctx = checker.registry, checker.ctx
    if ctx.locale and registry.get(SPELLING) and args.jobs == 1:
        # its dictionary is read while the files are (a thread: workers are forked without)
        tk.spelling.open_soon(ctx.locale)
    kinds = checker.kinds
    taken: set[Path] = set()  # what --fix wrote in this run: two inputs never share a name
    fixable = frozenset(r.id for r in registry.rules if r.fixable)
    tally = Tally()
    code = EXIT_OK
    report_out = sys.stderr if args.fix and STDIN in args.paths and not args.out else sys.stdout
    rows = JsonArray(report_out) if args.format == "json" else None
    items = located_paths(args.paths, kinds, sys.stdin.buffer)
    try:
        for item, checked in checked_in_order(items, checker, settings, args.jobs):
            if isinstance(item, InputError):  # this path is bad; the others are still checked
                print(safe_for_terminal(f"error: {item}"), file=sys.stderr)
                code = EXIT_INPUT
                continue
            assert checked is not None
            if checked.error is not None:
                print(safe_for_terminal(f"error: {checked.error}"), file=sys.stderr)
                code = EXIT_INPUT
                continue
            try:
                report = Report(item.path, checked.findings)
                if checked.fixed is not None:
                    written = write_fix(item, checked.fixed, args.out, taken)
                    report = Report(written, checked.findings, checked.fixed, written)
            except InputError as err:
                print(safe_for_terminal(f"error: {err.within(item.path)}"), file=sys.stderr)
                code = EXIT_INPUT
                continue
            tally.add(report, fixable)
            if rows is not None:
                for f in report.findings:
                    rows.add(finding_json(report.path, f, f.rule in fixable))
                continue
            if args.fix:
                print_fix(report, item)
            for f in report.findings:
                print(finding_line(report.path, f), file=report_out)
    finally:
        checker.close()
    if rows is not None:
        rows.close()
    elif tally.messages:
        print(summary(tally, args.fix), file=report_out)
    if code == EXIT_OK and tally.errors:
        code = EXIT_FINDINGS
    return code
