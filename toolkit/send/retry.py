"""Retries, in one place: what is temporary (tried again after a wait), what is permanent
(recorded as failed with the other side's answer), and how long to wait."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


class Temporary(Exception):
    """Worth another try: an SMTP 4xx, a dropped connection, an SP-API 429 or 5xx."""

    stops_run = False  # after the last try: the run stops (Fatal), nothing else can go

    def __init__(self, answer: str, wait: float | None = None) -> None:
        super().__init__(answer)
        self.answer = answer
        self.wait = wait  # what the other side asked for (429's Retry-After), if it did


class Unreachable(Temporary):
    """The server cannot be reached at all: tried again, then the run stops."""

    stops_run = True


class Permanent(Exception):
    """Not worth another try: an SMTP 5xx, an SP-API 4xx; `answer` is what was said."""

    def __init__(self, answer: str) -> None:
        super().__init__(answer)
        self.answer = answer


class Fatal(Exception):
    """Nothing can be sent this run (the credentials are refused, the server is not there):
    the run stops, every message left as it was."""


@dataclass(frozen=True)
class Backoff:
    """How long to wait before each retry: exponential, capped."""

    tries: int = 5  # in all, the first included
    first: float = 1.0  # seconds before the second try
    factor: float = 2.0
    most: float = 60.0  # no single wait is longer

    def delay(self, retry: int) -> float:
        return min(self.first * self.factor**retry, self.most)


def with_retries(
    action: Callable[[], T],
    backoff: Backoff,
    sleep: Callable[[float], None],
    on_retry: Callable[[Temporary, float], None] | None = None,
) -> T:
    """`action()`, tried again after each Temporary (waiting what it asked, else the backoff);
    the last Temporary is raised as Permanent, saying how many tries were made."""
    for retry in range(backoff.tries):
        try:
            return action()
        except Temporary as err:
            if retry == backoff.tries - 1:
                if err.stops_run:
                    raise Fatal(f"{err.answer} ({backoff.tries} tries)") from None
                raise Permanent(f"{err.answer} (temporary, {backoff.tries} tries)") from None
            wait = err.wait if err.wait is not None else backoff.delay(retry)
            if on_retry:
                on_retry(err, wait)
            sleep(min(wait, backoff.most))
    raise AssertionError("unreachable")  # pragma: no cover
