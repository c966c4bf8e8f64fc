"""The `bsm` command: parsing arguments and dispatching. Each command is a module of
toolkit.commands with `HELP`, `add_arguments(parser)` and `run(args)`; none holds pipeline logic.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from toolkit.commands.common import EXIT_INPUT, EXIT_OK, Parser, UsageError, safe_for_terminal
from toolkit.errors import InputError

DISTRIBUTION = "bsm-toolkit"
# name -> module under toolkit.commands, in the order `bsm` lists them
COMMANDS = {
    "init": "init",
    "render": "render",
    "batch": "batch",
    "ledger": "ledger",
    "check": "check",
    "preview": "preview",
    "send": "send",
    "i18n": "i18n",
    "rules": "rules",
}


def toolkit_version() -> str:
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


def project_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--project", type=Path, metavar="DIR", default=default,
        help="use the project in DIR (default: the nearest bsm.toml above this folder)",
    )  # fmt: skip


def build_parser() -> tuple[Parser, dict[str, str]]:
    parser = Parser(
        prog="bsm", description="Amazon buyer-seller messages that Amazon will not block."
    )
    parser.add_argument("--version", action="version", version=f"bsm {toolkit_version()}")
    project_option(parser, None)
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    helps = {}
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(f"toolkit.commands.{module_name}")
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        # also after the command (`bsm render --project DIR ...`); SUPPRESS keeps the global one
        project_option(command, argparse.SUPPRESS)
        command.set_defaults(run=module.run)
        helps[name] = module.HELP
    return parser, helps


def command_list(helps: dict[str, str]) -> str:
    width = max(map(len, helps))
    lines = [f"bsm {toolkit_version()}: Amazon buyer-seller messages that Amazon will not block."]
    lines += ["", "usage: bsm [--project DIR] COMMAND ...", "", "commands:"]
    lines += [f"  {name:<{width}}  {text}" for name, text in helps.items()]
    lines += ["", "bsm COMMAND --help says more; bsm --version the version."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser, helps = build_parser()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "run", None):
            print(command_list(helps))
            return EXIT_OK
        return int(args.run(args))
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
    sys.exit(main())
