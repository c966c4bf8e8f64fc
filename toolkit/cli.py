"""The `bsm` command: parsing arguments and dispatching. Each command is a module of
toolkit.commands with `HELP`, `add_arguments(parser)` and `run(args)`; none holds pipeline logic.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

from toolkit.commands.common import EXIT_INPUT, Parser, UsageError, safe_for_terminal
from toolkit.errors import InputError

# name -> module under toolkit.commands (imported only when that command runs)
COMMANDS = {
    "render": "render",
    "rules": "rules",
    "preview": "preview",
    "i18n": "i18n",
    "check": "check",
}


def build_parser() -> Parser:
    parser = Parser(
        prog="bsm", description="Amazon buyer-seller messages that Amazon will not block."
    )
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(f"toolkit.commands.{module_name}")
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "run", None):
            parser.print_help()
            return EXIT_INPUT
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
