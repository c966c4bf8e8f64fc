"""`bsm render ORDER.json...`: order documents to compliant messages, or refusals."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from toolkit.commands.common import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, finding_line, parse_now
from toolkit.errors import InputError
from toolkit.files import open_folder
from toolkit.orders import load_document
from toolkit.output import outcome_json, write_outcome
from toolkit.pipeline import Outcome, Toolkit, render_order

HELP = "render order documents into compliant messages"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("orders", nargs="+", metavar="ORDER.json")
    parser.add_argument("--type", help="message type (default: the document's message.type)")
    parser.add_argument("--locale", help="buyer locale (default: the document's buyer.locale)")
    parser.add_argument("--now", help="the time of sending, ISO-8601 (default: now)")
    parser.add_argument("--out", type=Path, help="write DIR/<order>/<type>.html .txt .eml .json")
    parser.add_argument(
        "--attachments",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="also read attachments from DIR (default: only the order document's folder)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--templates", type=Path, help="templates folder (default: the project's)")
    parser.add_argument("--locales", type=Path, help="locales folder (default: the project's)")


def print_outcome(outcome: Outcome) -> None:
    message = outcome.message
    status = "REFUSED" if outcome.refused else "ok"
    print(f"{outcome.doc.source}: {outcome.doc.message_type} {outcome.doc.locale} {status}")
    if message is not None and not outcome.refused:
        print(f"  subject: {message.subject}")
        for att in message.attachments:
            print(f"  attachment: {att.filename} ({att.kind}, {att.mime_type}, {att.size} bytes)")
    for f in outcome.findings:
        print("  " + finding_line(outcome.doc.source, f))


def attachment_folders(paths: list[Path]) -> tuple[Path, ...]:
    """--attachments DIR: folders that must exist, as well as the order document's."""
    for folder in paths:
        if not folder.is_dir():
            raise InputError(f"{folder}: not a folder", field="--attachments")
    return tuple(paths)


def run(args: argparse.Namespace) -> int:
    tk = Toolkit.load(templates=args.templates, locales=args.locales)
    now = parse_now(args.now)
    folders = attachment_folders(args.attachments)
    if args.out:  # an unusable --out is said once, before anything is rendered
        open_folder(args.out).close()
    code = EXIT_OK
    for path in args.orders:
        try:
            doc = load_document(
                Path(path),
                tk.catalog,
                message_type=args.type,
                locale=args.locale,
                attachment_dirs=folders,
            )
            outcome = render_order(tk, doc, now=now)
            if args.out:
                write_outcome(outcome, args.out, tk.catalog, now)
        except InputError as err:  # this order is bad; the others still render
            print(f"error: {err}", file=sys.stderr)
            code = EXIT_INPUT
            continue
        if args.format == "json":
            print(json.dumps(outcome_json(outcome, tk.catalog), ensure_ascii=False))
        else:
            print_outcome(outcome)
        if outcome.refused and code == EXIT_OK:
            code = EXIT_FINDINGS
    return code
