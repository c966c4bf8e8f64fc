"""`bsm render ORDER.json...`: order documents to compliant messages, or refusals."""

from __future__ import annotations

import argparse
import contextlib
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

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
from toolkit.files import open_folder
from toolkit.orders import load_document
from toolkit.pipeline import Outcome, Toolkit, render_order

if TYPE_CHECKING:  # imported where used: a render that writes nothing (no --out, no --ledger,
    # no --format json) builds no e-mail and opens no ledger
    from toolkit.enforce import Change
    from toolkit.ledger import SqlLedger, Worker


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("orders", nargs="+", metavar="ORDER.json")
    parser.add_argument("--type", help="message type (default: the document's message.type)")
    parser.add_argument("--locale", help="buyer locale (default: the document's buyer.locale)")
    parser.add_argument(
        "--now", help="the time of sending, ISO-8601 with a zone, e.g. 2026-11-20T12:00:00Z"
    )
    parser.add_argument("--out", type=Path, help="write DIR/<order>/<type>.html .txt .eml .json")
    parser.add_argument(
        "--attachments",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="also read attachments from DIR (default: only the order document's folder)",
    )
    parser.add_argument(
        "--ledger", metavar="PATH|URL",
        help="check against and record in the ledger (SQLite file or postgresql:// URL)",
    )  # fmt: skip
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--changes", action="store_true",
        help="say where each change of the enforcement pass came from (its style.css rule, "
        "its element's template line); renders each message a second time to find out",
    )  # fmt: skip
    parser.add_argument("--templates", type=Path, help="templates folder (default: the project's)")
    parser.add_argument("--locales", type=Path, help="locales folder (default: the project's)")


def print_outcome(outcome: Outcome) -> None:
    message = outcome.message
    status = "REFUSED" if outcome.refused else "ok"
    show = safe_for_terminal  # names, subjects and findings come from files
    print(show(f"{outcome.doc.source}: {outcome.doc.message_type} {outcome.doc.locale} {status}"))
    if message is not None and not outcome.refused:
        print(show(f"  subject: {message.subject}"))
        for att in message.attachments:
            print(
                show(
                    f"  attachment: {att.filename} ({att.kind}, {att.mime_type}, {att.size} bytes)"
                )
            )
    for f in outcome.findings:
        print("  " + finding_line(outcome.doc.source, f))
    if outcome.changes:
        print(f"  the enforcement pass changed the design ({len(outcome.changes)}):")
    for change in outcome.changes:
        print(show("    " + change_line(change)))


def change_line(change: Change) -> str:
    """`BSM407 <div> "Dear ...": font-family: "Comic Sans MS" removed  (style.css:13 .message;
    the element: base.html:8)`: what to edit, and where."""
    after = f"-> {change.after}" if change.after else "removed"
    line = f"{change.rule} {change.element}: {change.before or change.what} {after}"
    where = []
    if change.stylesheet is not None:
        where.append(
            f"{change.stylesheet.file}:{change.stylesheet.line} {change.stylesheet.selector}"
        )
    if change.template is not None:
        where.append(f"the element: {change.template.file}:{change.template.line}")
    return line + (f"  ({'; '.join(where)})" if where else "")


def attachment_folders(paths: list[Path]) -> tuple[Path, ...]:
    """--attachments DIR: folders that must exist, as well as the order document's."""
    for folder in paths:
        if not folder.is_dir():
            raise InputError(f"{folder}: not a folder", field="--attachments")
    return tuple(paths)


def run(args: argparse.Namespace) -> int:
    # kept on `args` until the program ends (cli.run_command): never freed for nothing; one
    # order keeps no exemplar, as none would serve (making one renders a made-up order too)
    tk = args.toolkit = Toolkit.load(
        templates=args.templates, locales=args.locales, project=project_for(args),
        replay=len(args.orders) > 1,
    )  # fmt: skip
    now = parse_now(args.now)
    folders = attachment_folders(args.attachments)
    if args.out:  # an unusable --out is said once, before anything is rendered
        open_folder(args.out).close()
    with contextlib.ExitStack() as stack:
        ledger = None
        if args.ledger:
            from toolkit.ledger import open_ledger

            ledger = stack.enter_context(open_ledger(args.ledger))
        return render_all(tk, args, now, folders, ledger)


def render_all(
    tk: Toolkit,
    args: argparse.Namespace,
    now: datetime,
    folders: tuple[Path, ...],
    ledger: SqlLedger | None,
) -> int:
    code = EXIT_OK
    worker = None
    if ledger is not None:
        from toolkit.ledger import Worker

        worker = Worker()
    for path in args.orders:
        try:
            outcome = render_one(tk, Path(path), args, now, folders, ledger, worker)
        except InputError as err:  # this order is bad; the others still render
            print(safe_for_terminal(f"error: {err.within(path)}"), file=sys.stderr)
            code = EXIT_INPUT
            continue
        if args.format == "json":
            from toolkit.output import outcome_json

            print(terminal_json(outcome_json(outcome, tk.catalog)))
        else:
            print_outcome(outcome)
        if outcome.refused and code == EXIT_OK:
            code = EXIT_FINDINGS
    return code


def render_one(
    tk: Toolkit,
    path: Path,
    args: argparse.Namespace,
    now: datetime,
    folders: tuple[Path, ...],
    ledger: SqlLedger | None = None,
    worker: Worker | None = None,
) -> Outcome:
    """One order rendered (and written with --out); an InputError says what is wrong with it.
    With a ledger, its rules apply (BSM105, BSM111) and what is written is recorded in it."""
    doc = load_document(
        path, tk.catalog, message_type=args.type, locale=args.locale,
        seller=tk.project.seller, suffixes=tk.policy.suffixes, attachment_dirs=folders,
    )  # fmt: skip
    # the changes' lines take a second, traced render: only when asked for
    outcome = render_order(tk, doc, now=now, ledger=ledger, trace=args.changes)
    if args.out and ledger is not None and not outcome.refused:
        from toolkit.batch import write_recorded  # a batch's processes and pools: --ledger only
        from toolkit.ledger import ClaimResult, Worker

        result = write_recorded(ledger, worker or Worker(), outcome, args.out, tk, now)
        if result not in (ClaimResult.CLAIMED, ClaimResult.RETAKEN):
            print(safe_for_terminal(f"{path}: not written: the ledger has it ({result})"),
                  file=sys.stderr)  # fmt: skip
    elif args.out:
        from toolkit.output import write_outcome

        write_outcome(outcome, args.out, tk.catalog, now)
    return outcome
