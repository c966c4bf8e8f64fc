"""`bsm ledger migrate|status|export|set-daily-orders`: the ledger's schema and contents."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date

from toolkit.commands.common import parse_now, safe_for_terminal, terminal_json
from toolkit.errors import InputError
from toolkit.ledger import SCHEMA_VERSION, open_ledger, utc_day
from toolkit.ledger.store import MESSAGE_COLUMNS
from toolkit.policy import load_policy


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, text in (
        ("migrate", f"create the ledger, or bring its schema to version {SCHEMA_VERSION}"),
        ("status", "today's proactive messages against the limit, per type and status"),
        ("export", "every message as CSV (to standard output)"),
        ("set-daily-orders", "how many orders the account had on a day (for BSM111)"),
    ):
        action = actions.add_parser(name, help=text, description=text)
        action.add_argument(
            "--ledger",
            required=True,
            metavar="PATH|URL",
            help="a SQLite file or a postgresql:// URL",
        )
        if name == "status":
            action.add_argument("--now", help="the day to report (default: today, UTC)")
            action.add_argument("--format", choices=("text", "json"), default="text")
        if name == "set-daily-orders":
            action.add_argument("day", help="YYYY-MM-DD (UTC)")
            action.add_argument("orders", type=int, help="the number of orders that day")


def run(args: argparse.Namespace) -> int:
    if args.action == "migrate":
        return migrate(args.ledger)
    if args.action == "status":
        return status(args)
    if args.action == "export":
        return export(args.ledger)
    return set_daily_orders(args)


def migrate(spec: str) -> int:
    # opening for writing migrates: say what it was before
    readonly = None
    try:
        readonly = open_ledger(spec, readonly=True)
        before = readonly.version
    except InputError as err:
        if "no ledger here" not in err.problem:
            raise
        before = 0
    finally:
        if readonly is not None:
            readonly.close()
    with open_ledger(spec) as ledger:
        after = ledger.version
        where = ledger.where
    if before == after:
        print(safe_for_terminal(f"{where}: schema version {after}, up to date"))
    else:
        what = "created" if before == 0 else f"migrated from version {before}"
        print(safe_for_terminal(f"{where}: {what} to schema version {after}"))
    return 0


def status(args: argparse.Namespace) -> int:
    day = utc_day(parse_now(args.now))
    policy = load_policy()
    with open_ledger(args.ledger, readonly=True) as ledger:
        sent = ledger.proactive_sent_on(day)
        average = ledger.average_daily_orders()
        limit = ledger.daily_limit(policy.daily_limit_per_order, policy.daily_limit_base)
        counts = ledger.status_counts(day) if ledger.version >= 2 else []
        where = ledger.where
    if args.format == "json":
        print(
            terminal_json(
                {
                    "ledger": where,
                    "day": day,
                    "proactive": sent,
                    "daily_limit": limit,
                    "average_daily_orders": average,
                    "messages": [{"type": t, "status": s, "count": n} for t, s, n in counts],
                },
                indent=2,
            )
        )
        return 0
    print(safe_for_terminal(f"{where}: {day} (UTC)"))
    if limit is None:
        print(f"  proactive messages: {sent} (no daily orders recorded: no limit known)")
    else:
        print(
            f"  proactive messages: {sent} of {limit} (5 x {average:.1f} average daily "
            f"orders + {policy.daily_limit_base}); {max(limit - sent, 0)} left"
        )
    for mtype, state, count in counts:
        print(safe_for_terminal(f"  {mtype:<28} {state:<10} {count}"))
    return 0


def export(spec: str) -> int:
    with open_ledger(spec, readonly=True) as ledger:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(MESSAGE_COLUMNS)
        if ledger.version >= 2:
            for row in ledger.messages():
                writer.writerow(["" if row[c] is None else row[c] for c in MESSAGE_COLUMNS])
        else:  # version 1, read as it is
            for s in ledger.sent():
                values = {
                    "order_id": s.order_id,
                    "message_type": s.message_type,
                    "locale": s.locale,
                    "subject": s.subject,
                    "proactive": int(s.proactive),
                    "review": int(s.review),
                    "day": utc_day(s.sent_at),
                    "status": "sent",
                    "sent_at": s.sent_at.isoformat(),
                }
                writer.writerow([values.get(c, "") for c in MESSAGE_COLUMNS])
    return 0


def set_daily_orders(args: argparse.Namespace) -> int:
    try:
        day = date.fromisoformat(args.day)
    except ValueError:
        raise InputError(f"expected a day YYYY-MM-DD, got {args.day[:40]!r}", field="DAY") from None
    if args.orders < 0:
        raise InputError(f"a day has no negative number of orders ({args.orders})", field="N")
    with open_ledger(args.ledger) as ledger:
        ledger.set_daily_orders(day, args.orders)
        where = ledger.where
    print(safe_for_terminal(f"{where}: {day.isoformat()} had {args.orders} orders"))
    return 0
