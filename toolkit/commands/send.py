"""`bsm send DIR`: what `bsm batch` generated into DIR, sent over SMTP or the Selling Partner
API, each message once (toolkit.send). Settings: the command line, else bsm.toml's [send];
secrets from the environment only, never printed."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from toolkit.commands.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    parse_now,
    port_number,
    project_for,
    safe_for_terminal,
)
from toolkit.errors import InputError
from toolkit.operations import load_sp_api
from toolkit.project import Project
from toolkit.send.base import Result, Sender, Verdict
from toolkit.send.ledger import Outbox, Store, open_store
from toolkit.send.retry import Fatal
from toolkit.send.run import RunOptions, send_folder
from toolkit.send.smtp import SmtpSender, smtp_settings
from toolkit.send.sp_api import SpApiClient, SpApiSender, SpApiSettings

LEDGER_FILE = "ledger.sqlite"  # bsm batch's default: DIR/ledger.sqlite
SP_API_ENV = ("LWA_CLIENT_ID", "LWA_CLIENT_SECRET", "SP_API_REFRESH_TOKEN")
SECRET_ENV = ("BSM_SMTP_PASSWORD", "LWA_CLIENT_SECRET", "SP_API_REFRESH_TOKEN")


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text[:20]!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {value}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", type=Path, metavar="DIR", help="the folder bsm batch wrote")
    parser.add_argument("--via", choices=("smtp", "sp-api"),
                        help="how (default: bsm.toml's send.via, else smtp)")  # fmt: skip
    parser.add_argument("--ledger", metavar="PATH|URL",
                        help="bsm batch's ledger (default: DIR/ledger.sqlite)")  # fmt: skip
    parser.add_argument("--now", help="the moment recorded as sending and sent (ISO-8601)")
    parser.add_argument("--dry-run", action="store_true",
                        help="say what would be sent; send and record nothing")  # fmt: skip
    parser.add_argument("--limit", type=positive, metavar="N", help="send at most N messages")
    parser.add_argument("--retry-unknown", action="store_true",
                        help="send again what a stopped run left unknown (SMTP)")  # fmt: skip
    smtp = parser.add_argument_group("SMTP (BSM_SMTP_USER, BSM_SMTP_PASSWORD from the environment)")
    smtp.add_argument("--smtp-host", metavar="HOST")
    smtp.add_argument("--smtp-port", type=port_number, metavar="PORT")
    tls = smtp.add_mutually_exclusive_group()
    tls.add_argument("--starttls", dest="smtp_security", action="store_const", const="starttls",
                     help="STARTTLS (the default, but to this machine)")  # fmt: skip
    tls.add_argument("--ssl", dest="smtp_security", action="store_const", const="ssl",
                     help="TLS from the start (port 465)")  # fmt: skip
    sp = parser.add_argument_group(
        "SP-API (LWA_CLIENT_ID, LWA_CLIENT_SECRET, SP_API_REFRESH_TOKEN from the environment)"
    )
    sp.add_argument("--sp-api-endpoint", metavar="URL",
                    help="default: the marketplace's region (EU, NA, FE)")  # fmt: skip
    sp.add_argument("--lwa-endpoint", metavar="URL", help="Login with Amazon's token URL")


@dataclass(frozen=True)
class Redactor:
    """Whatever is printed passes here: a secret the other side echoed back is not shown."""

    secrets: tuple[str, ...]

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            if len(secret) >= 4:
                text = text.replace(secret, "***")
        return safe_for_terminal(text)


def smtp_sender(args: argparse.Namespace, project: Project, env: Mapping[str, str]) -> SmtpSender:
    settings = smtp_settings(project.send, project.seller.email, env, host=args.smtp_host,
                             port=args.smtp_port, security=args.smtp_security)  # fmt: skip
    return SmtpSender(settings)


def sp_api_sender(
    args: argparse.Namespace, project: Project, env: Mapping[str, str]
) -> SpApiSender:
    missing = [name for name in SP_API_ENV if not env.get(name)]
    if missing:
        raise InputError(f"the Selling Partner API needs {', '.join(missing)} in the environment",
                         field="environment")  # fmt: skip
    settings = SpApiSettings(
        env["LWA_CLIENT_ID"], env["LWA_CLIENT_SECRET"], env["SP_API_REFRESH_TOKEN"],
        endpoint=args.sp_api_endpoint or project.send.sp_api_endpoint,
        lwa_endpoint=args.lwa_endpoint or project.send.lwa_endpoint,
    )  # fmt: skip
    return SpApiSender(SpApiClient(load_sp_api(), settings))


def make_sender(args: argparse.Namespace, project: Project, env: Mapping[str, str]) -> Sender:
    via = args.via or project.send.via or "smtp"
    if via == "sp-api":
        return sp_api_sender(args, project, env)
    return smtp_sender(args, project, env)


def result_line(result: Result) -> str:
    return f"{result.verdict:<10} {result.item.name}  {result.answer}"


def run(args: argparse.Namespace) -> int:
    project = project_for(args)
    if not args.dir.is_dir():
        raise InputError("no such folder (bsm batch --out DIR writes it)", source=str(args.dir))
    spec = args.ledger or project.send.ledger or str(args.dir / LEDGER_FILE)
    store = open_store(spec)
    try:
        return execute(args, project, store, os.environ)
    finally:
        store.close()


def execute(
    args: argparse.Namespace, project: Project, store: Store, env: Mapping[str, str]
) -> int:
    """The run, over an open ledger: one line per message, then the counts."""
    show = Redactor(tuple(env[name] for name in SECRET_ENV if env.get(name)))
    fixed: datetime | None = parse_now(args.now) if args.now else None
    sender = make_sender(args, project, env)
    options = RunOptions(
        now=(lambda: fixed) if fixed else (lambda: parse_now(None)),
        dry_run=args.dry_run,
        limit=args.limit,
        retry_unknown=args.retry_unknown,
    )
    counts: dict[str, int] = {}
    try:
        for result in send_folder(Outbox(store, args.dir), sender, options):
            counts[result.verdict] = counts.get(result.verdict, 0) + 1
            print(show(result_line(result)), flush=True)
    except Fatal as err:
        print(show(f"error: the run stopped: {err}"), file=sys.stderr)
        return EXIT_INPUT
    finally:
        sender.close()
    summary = ", ".join(f"{n} {v}" for v, n in sorted(counts.items())) or "nothing to send"
    print(show(f"send ({sender.via}{', dry run' if args.dry_run else ''}): {summary}"))
    troubled = (Verdict.FAILED, Verdict.UNKNOWN, Verdict.NOT_SENT)
    return EXIT_FINDINGS if any(counts.get(v) for v in troubled) else EXIT_OK
