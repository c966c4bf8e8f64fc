"""One `bsm send` over a folder: what a run left `sending` first, then what is generated;
each message marked `sending` before it goes and `sent` (with the answer) after, so that no
message is ever sent twice without being told to."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from toolkit.errors import InputError
from toolkit.send.base import Result, Sender, Verdict
from toolkit.send.ledger import Outbox, Outgoing
from toolkit.send.retry import Backoff, Permanent, with_retries

TRIED = (Verdict.SENT, Verdict.FAILED, Verdict.WOULD_SEND)  # what --limit counts


@dataclass(frozen=True)
class RunOptions:
    """How a send run goes: the clock, dry or not, its limits and retries."""

    now: Callable[[], datetime]
    dry_run: bool = False
    limit: int | None = None  # messages sent (or, dry, that would be) at most
    retry_unknown: bool = False
    backoff: Backoff = field(default_factory=Backoff)
    sleep: Callable[[float], None] = time.sleep


def send_folder(outbox: Outbox, sender: Sender, options: RunOptions) -> Iterator[Result]:
    """Every message of the folder the ledger has not seen sent, a Result each, as it goes.
    A Fatal (credentials refused, no server) ends the run: what was not tried stays as it was.
    """
    budget = options.limit
    for item in list(outbox.in_flight()):
        if budget is not None and budget <= 0:
            return
        result = recover(outbox, sender, item, options)
        if budget is not None and result.verdict in TRIED:
            budget -= 1
        yield result
    for item in outbox.pending():
        if budget is not None and budget <= 0:
            return
        result = send_one(outbox, sender, item, options)
        if budget is not None and result.verdict in TRIED:
            budget -= 1
        yield result


def send_one(outbox: Outbox, sender: Sender, item: Outgoing, options: RunOptions) -> Result:
    try:
        why_not = sender.check(item)
    except InputError as err:
        return Result(item, Verdict.NOT_SENT, str(err))
    if why_not:
        return Result(item, Verdict.NOT_SENT, why_not)
    if options.dry_run:
        return Result(item, Verdict.WOULD_SEND, sender.describe(item))
    if not outbox.sending(item, options.now()):
        return Result(item, Verdict.NOT_SENT, "another sender has it")
    return deliver(outbox, sender, item, options)


def deliver(outbox: Outbox, sender: Sender, item: Outgoing, options: RunOptions) -> Result:
    """The message is `sending`: send it, and record what came of it."""
    try:
        answer = with_retries(lambda: sender.send(item), options.backoff, options.sleep)
    except Permanent as err:
        outbox.failed(item, err.answer, options.now())
        return Result(item, Verdict.FAILED, err.answer)
    except InputError as err:  # its files are not what bsm batch writes: it did not go
        outbox.failed(item, str(err), options.now())
        return Result(item, Verdict.FAILED, str(err))
    outbox.sent(item, answer, options.now())
    return Result(item, Verdict.SENT, answer)


def recover(outbox: Outbox, sender: Sender, item: Outgoing, options: RunOptions) -> Result:
    """A message a run left `sending`: recorded as sent if it went, sent if it did not; if
    nobody can tell (SMTP), reported unknown and sent again only with --retry-unknown."""
    went = sender.went(item)
    if went:
        answer = f"recovered: Amazon no longer offers the action for {item.name}, so it went"
        if not options.dry_run:
            outbox.sent(item, answer, options.now())
        return Result(item, Verdict.RECOVERED, answer)
    if went is None and not options.retry_unknown:
        return Result(item, Verdict.UNKNOWN, (
            f"a run stopped while sending it (attempts: {item.attempts}); {sender.via} cannot "
            "say whether it went: check, then bsm send --retry-unknown to send it again"
        ))  # fmt: skip
    why = "it did not go" if went is False else "sent again (--retry-unknown)"
    if options.dry_run:
        return Result(item, Verdict.WOULD_SEND, f"{why}: {sender.describe(item)}")
    if not outbox.resend(item, f"interrupted; {why}", options.now()):
        return Result(item, Verdict.NOT_SENT, "another sender has it")
    return deliver(outbox, sender, item, options)
