"""The `bsm` command: parsing arguments and dispatching. Each command is a module of
toolkit.commands with `add_arguments(parser)` and `run(args)`; none holds pipeline logic.

Only the module of the command that runs is imported (a check never loads what a render or a
send needs); the list of commands and their one-line help is the table below.
"""

from __future__ import annotations

import argparse
import atexit
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from toolkit.commands.common import EXIT_INPUT, EXIT_OK, Parser, UsageError, safe_for_terminal
from toolkit.errors import InputError

DISTRIBUTION = "bsm-toolkit"
# name -> its one-line help, in the order `bsm` lists them; each is toolkit.commands.<name>
COMMANDS = {
    "init": "start a project of your own: templates, catalogs, sample orders and bsm.toml",
    "render": "render order documents into compliant messages",
    "batch": "render a day's orders (JSON Lines, JSON, CSV, Amazon's order report) into messages",
    "ledger": (
        "the ledger: migrate its schema, its status against the daily limit, export, set orders"
    ),
    "check": "check messages (.html, .eml, .txt, folders, - for stdin) against every rule",
    "preview": "start the preview server: every message, every language, live reload",
    "send": "send what bsm batch generated into DIR, over SMTP or the Selling Partner API, once",
    "i18n": "the translation workflow: extract, update, init, compile, pseudo, status",
    "rules": "list the rules, or explain one",
}


def toolkit_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # reads the install's records

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


class VersionAction(argparse.Action):
    """--version, as argparse's own prints it; the version is looked up only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS,
            help="show program's version number and exit",
        )  # fmt: skip

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        print(f"bsm {toolkit_version()}")
        parser.exit()


def project_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--project", type=Path, metavar="DIR", default=default,
        help="use the project in DIR (default: the nearest bsm.toml above this folder)",
    )  # fmt: skip


def build_parser(argv: Sequence[str]) -> Parser:
    """Every command is known by name; the arguments of those named in `argv` are added (and
    their modules imported): the one argparse picks is always among them."""
    parser = Parser(
        prog="bsm", description="Amazon buyer-seller messages that Amazon will not block."
    )
    parser.add_argument("--version", action=VersionAction)
    project_option(parser, None)
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    named = set(argv)
    for name, text in COMMANDS.items():
        command = sub.add_parser(name, help=text, description=text)
        if name not in named:
            continue
        module = importlib.import_module(f"toolkit.commands.{name}")
        module.add_arguments(command)
        # also after the command (`bsm render --project DIR ...`); SUPPRESS keeps the global one
        project_option(command, argparse.SUPPRESS)
        command.set_defaults(run=module.run)
    return parser


def command_list() -> str:
    width = max(map(len, COMMANDS))
    lines = [f"bsm {toolkit_version()}: Amazon buyer-seller messages that Amazon will not block."]
    lines += ["", "usage: bsm [--project DIR] COMMAND ...", "", "commands:"]
    lines += [f"  {name:<{width}}  {text}" for name, text in COMMANDS.items()]
    lines += ["", "bsm COMMAND --help says more; bsm --version the version."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """`bsm ARGV`: its exit code. Without `argv` this is the `bsm` program itself (its console
    script, `python -m toolkit.cli`): the process then ends here, as soon as what it wrote is
    out (`finish`)."""
    if argv is None:
        finish(run_command(sys.argv[1:], finishing=True))
    return run_command(list(argv))


def finish(code: int) -> NoReturn:
    """End the process with `code` without the interpreter's teardown: every file a command
    writes is closed (and synced) by then, and freeing what it loaded (some hundreds of
    modules and the objects built from them) is about a tenth of a short command's time. The
    exit functions still run (atexit: what a library registered). With a thread of the command
    still running, or a standard stream that cannot be flushed, the interpreter ends as it
    always did (it waits for the thread, says what could not be written)."""
    import threading  # here: `bsm --version` and the like never start one

    others = [t for t in threading.enumerate() if t is not threading.main_thread()]
    if any(t.is_alive() and not t.daemon for t in others):
        sys.exit(code)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)


def run_command(argv: list[str], *, finishing: bool = False) -> int:
    """The command's exit code; `finishing`: the process ends as soon as the command returns,
    while `args` still holds what the command loaded (a command keeps its Toolkit there:
    freeing BSM414's dictionaries takes Hunspell longer than it takes to end the process)."""
    parser = build_parser(argv)
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "run", None):
            print(command_list())
            return EXIT_OK
        code = int(args.run(args))
        if finishing:
            finish(code)
        return code
    except UsageError as err:
        print(safe_for_terminal(str(err)), file=sys.stderr)
        return EXIT_INPUT
    except InputError as err:
        print(safe_for_terminal(f"error: {err}"), file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `bsm rules | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    main()
