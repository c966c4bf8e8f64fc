"""Shared by the `bsm` commands: exit codes, usage errors, --now, finding lines."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from toolkit.errors import InputError
from toolkit.model import Finding
from toolkit.project import Project, discover

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so every usage error leaves with code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def project_for(args: argparse.Namespace) -> Project:
    """The project the command works in: --project, the nearest bsm.toml, or the bundled one."""
    return discover(getattr(args, "project", None))


def parse_now(text: str | None) -> datetime:
    """--now: the moment of sending (the 30-day window, review timing); default the clock."""
    if text is None:
        return datetime.now(UTC)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(f"expected an ISO-8601 date-time, got {text!r}", field="--now") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def finding_line(path: str, f: Finding) -> str:
    """`path:line:col: BSM403 emoji [error] message`, as ruff and flake8 print them."""
    where = path if f.part in ("html", "text") else f"{path}[{f.part}]"
    return f"{where}:{f.line}:{f.column}: {f.rule} {f.name} [{f.severity}] {f.message}"
