"""Shared by the `bsm` commands: exit codes, usage errors, --now, finding lines, terminal text."""

from __future__ import annotations

import argparse
import json
import os
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from toolkit.errors import InputError

if TYPE_CHECKING:  # the CLI imports this module for every command, even `bsm --version`
    from toolkit.model import Finding
    from toolkit.project import Project

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
# C0 and C1 controls (but \n and \t), DEL, and the bidi controls that reorder a line: what a
# file could use to rewrite the terminal (colours, titles, cursor moves) or to disguise a line;
# and lone surrogates (a file name that is not UTF-8), which cannot be printed at all
TERMINAL_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so every usage error leaves with code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def project_for(args: argparse.Namespace) -> Project:
    """The project the command works in: --project, the nearest bsm.toml, or the bundled one."""
    from toolkit.project import discover

    return discover(getattr(args, "project", None))


def parse_now(text: str | None) -> datetime:
    """--now: the moment of sending (the 30-day window, review timing); default the clock.

    A time without a zone is refused: taken as UTC it could put a message a day out of its
    window for a seller who meant local time."""
    from toolkit.orders import check_moment

    if text is None:
        return datetime.now(UTC)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"expected an ISO-8601 date-time such as 2026-11-20T12:00:00Z, got {text[:60]!r}",
            field="--now",
        ) from None
    if value.tzinfo is None:
        raise InputError(
            f"needs a time zone, such as 2026-11-20T12:00:00Z or +01:00, got {text!r}",
            field="--now",
        )
    return check_moment(value, "--now")


def number_in(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`; another is a usage error
    (exit 2) that says what was expected."""

    def number(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {what}, got {text[:20]!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"expected {what} {low}..{high}, got {value}")
        return value

    return number


port_number = number_in(0, 65535, "a port number")  # --port, --smtp-port (0: any free one)
MAX_JOBS = 256
process_count = number_in(1, MAX_JOBS, "a number of processes")


def jobs_number(text: str) -> int:
    """--jobs: a number of processes, or `auto` for one per core this process may run on."""
    if text == "auto":
        return max(1, min(cores(), MAX_JOBS))
    try:
        return process_count(text)
    except argparse.ArgumentTypeError as err:
        raise argparse.ArgumentTypeError(f"{err} (or auto: one per core)") from None


def cores() -> int:
    """The cores this process may run on (a container's or `taskset`'s share, on Linux)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def safe_for_terminal(text: str) -> str:
    """Data-derived text as printed: controls and bidi overrides shown as escapes (`\\x1b`),
    so that a file cannot colour, retitle or rewrite the terminal it is reported on."""
    return TERMINAL_UNSAFE.sub(lambda m: ascii(m.group())[1:-1], text)


def terminal_json(data: object, *, indent: int | None = None) -> str:
    """JSON as printed: the same characters written as \\u escapes (valid JSON, and inert)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def finding_line(path: str, f: Finding) -> str:
    """`path:line:col: BSM403 emoji [error] message`, as ruff and flake8 print them."""
    where = path if f.part in ("html", "text") else f"{path}[{f.part}]"
    return safe_for_terminal(
        f"{where}:{f.line}:{f.column}: {f.rule} {f.name} [{f.severity}] {f.message}"
    )
