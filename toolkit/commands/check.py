"""`bsm check PATH...`: the whole rule catalog on messages written anywhere, with --fix."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit.commands.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    finding_line,
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
    AttachmentKinds,
    Source,
    load_attachment_kinds,
    read_paths,
)
from toolkit.rules import Registry

if TYPE_CHECKING:  # imported where used: a plain check neither fixes, reads a ledger, nor
    # loads an order document
    from toolkit.fix import Fixed
    from toolkit.ledger import SqlLedger
    from toolkit.orders import OrderDocument

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


def load_context(args: argparse.Namespace, tk: Toolkit) -> Context:
    if args.locale:
        try:
            parse_locale(args.locale)
        except InputError as err:
            raise InputError(err.problem, field="--locale") from None
    doc = None
    if args.order is not None:
        from toolkit.orders import load_document

        doc = load_document(
            args.order, tk.catalog, message_type=args.type, locale=args.locale,
            seller=tk.project.seller, suffixes=tk.policy.suffixes,
        )  # fmt: skip
    # the clock is the moment of sending when the seller gave what the timing rules need
    now = parse_now(args.now) if args.now or doc or args.ledger else None
    ledger = None
    if args.ledger:
        from toolkit.ledger import open_ledger

        ledger = open_ledger(args.ledger, readonly=True)
    return Context(
        message_type=args.type or (doc.message_type if doc else None),
        locale=args.locale or (doc.locale if doc else None),
        doc=doc,
        now=now,
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


def fixed_path(source: Source, out: Path | None) -> Path | None:
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


def run_fix(
    tk: Toolkit, source: Source, ctx: Context, registry: Registry, args: argparse.Namespace,
    kinds: AttachmentKinds, taken: set[Path],
) -> Report:  # fmt: skip
    from toolkit.fix import fix_source

    fixed = fix_source(source, tk.policy, tk.detectors, kinds)
    target = fixed_path(source, args.out)
    if target is None:  # stdin without --out: the fixed message goes to stdout
        sys.stdout.buffer.write(fixed.content)
        sys.stdout.flush()
        written = "<stdout>"
    else:
        target = distinct(target, taken)
        if source.file is not None and target.resolve() == source.file.resolve():
            raise InputError("--out would overwrite the message itself; give another folder")
        write_fixed(target, fixed.content, args.out)
        written = str(target)
    again = replace(fixed.source, path=written)
    return Report(written, tuple(check_source(tk, again, ctx, registry)), fixed, written)


def finding_json(path: str, f: Finding, fixable: bool) -> dict[str, Any]:
    return {"path": path, **f.as_dict(), "fixable": fixable}


def summary(reports: list[Report], registry: Registry, fixing: bool) -> str:
    findings = [f for r in reports for f in r.findings]
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    warnings = len(findings) - errors
    with_findings = sum(1 for r in reports if r.findings)
    fixable = sum(1 for f in findings if (rule := registry.get(f.rule)) and rule.fixable)
    if not findings:
        what = "fixed, nothing left" if fixing else "no problems"
        return f"{len(reports)} message(s) checked: {what}."
    text = (
        f"{len(findings)} problem(s) ({errors} error(s), {warnings} warning(s)) "
        f"in {with_findings} of {len(reports)} message(s)"
    )
    if fixing:
        return text + " left for a person."
    return text + (f"; {fixable} fixable with --fix." if fixable else ".")


def print_fix(report: Report, source: Source) -> None:
    assert report.fixed is not None
    counts = Counter(c.rule for c in report.fixed.changes)
    done = ", ".join(f"{rule} x{n}" for rule, n in sorted(counts.items())) or "nothing to fix"
    out = sys.stderr if report.written == "<stdout>" else sys.stdout
    print(safe_for_terminal(f"fixed {source.path} -> {report.written}: {done}"), file=out)


def run(args: argparse.Namespace) -> int:
    # kept on `args` until the program ends (cli.run_command): never freed for nothing
    tk = args.toolkit = Toolkit.load(project=project_for(args))
    select = id_prefixes(args.select, tk.registry, "--select")
    ignore = id_prefixes(args.ignore, tk.registry, "--ignore")
    registry = tk.registry.select(select, ignore)
    if args.out is not None and not args.fix:
        raise InputError("--out is where --fix writes; give --fix too", field="--out")
    ctx = load_context(args, tk)
    if ctx.locale and registry.get(SPELLING):  # its dictionary is read while the files are
        tk.spelling.open_soon(ctx.locale)
    kinds = load_attachment_kinds(cache=tk.cache)
    taken: set[Path] = set()  # what --fix wrote in this run: two inputs never share a name
    reports: list[Report] = []
    code = EXIT_OK
    report_out = sys.stderr if args.fix and STDIN in args.paths and not args.out else sys.stdout
    try:
        for item in read_paths(args.paths, kinds, sys.stdin.buffer):
            if isinstance(item, InputError):  # this path is bad; the others are still checked
                print(safe_for_terminal(f"error: {item}"), file=sys.stderr)
                code = EXIT_INPUT
                continue
            try:
                report = (
                    run_fix(tk, item, ctx, registry, args, kinds, taken)
                    if args.fix
                    else Report(item.path, tuple(check_source(tk, item, ctx, registry)))
                )
            except InputError as err:
                print(safe_for_terminal(f"error: {err.within(item.path)}"), file=sys.stderr)
                code = EXIT_INPUT
                continue
            reports.append(report)
            if args.fix and args.format == "text":
                print_fix(report, item)
            if args.format == "text":
                for f in report.findings:
                    print(finding_line(report.path, f), file=report_out)
    finally:
        if ctx.ledger is not None:
            ctx.ledger.close()
    if args.format == "json":
        fixable = {r.id for r in registry.rules if r.fixable}
        rows = [finding_json(r.path, f, f.rule in fixable) for r in reports for f in r.findings]
        print(terminal_json(rows, indent=2), file=report_out)
    elif reports:
        print(summary(reports, registry, args.fix), file=report_out)
    if code == EXIT_OK and any(f.severity is Severity.ERROR for r in reports for f in r.findings):
        code = EXIT_FINDINGS
    return code
