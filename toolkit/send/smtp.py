"""Sending over SMTP: the .eml `bsm batch` wrote, from the seller's registered address to the
buyer's anonymised Amazon address (Amazon's relay passes it on), attachments and all.

A 4xx or a dropped connection is temporary (tried again, toolkit.send.retry); a 5xx is the
server's final word (the message is recorded as failed with it). SMTP cannot be asked later
whether a message went: one left `sending` by a run that died is unknown.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import ipaddress
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr

from toolkit.errors import InputError
from toolkit.orders import BUYER_EMAIL
from toolkit.project import EMAIL, SendSettings
from toolkit.send.base import read_eml
from toolkit.send.ledger import Outgoing
from toolkit.send.retry import Fatal, Permanent, Temporary, Unreachable

SECURITY = ("starttls", "ssl", "none")
TEST_HEADER = "X-BSM-Test"


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to send over SMTP."""

    host: str
    port: int
    security: str = "starttls"  # starttls, ssl, none (a relay on this machine)
    user: str | None = None
    password: str | None = field(default=None, repr=False)  # from the environment only
    from_address: str | None = None  # the seller's registered address (seller.email)
    timeout: float = 30.0


def reply(code: int, text: bytes | str) -> str:
    said = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(said.split())}"


def address_of(mail: EmailMessage, header: str) -> str | None:
    values = mail.get_all(header) or []
    found = [addr for _, addr in getaddresses([str(v) for v in values]) if addr]
    return found[0] if len(found) == 1 else None


def smtp_settings(
    send: SendSettings,
    seller_email: str | None,
    env: Mapping[str, str],
    *,
    host: str | None = None,
    port: int | None = None,
    security: str | None = None,
) -> SmtpSettings:
    """The command line's values, else bsm.toml's [send]; the login from the environment
    (BSM_SMTP_USER, BSM_SMTP_PASSWORD) only. STARTTLS unless the server is this machine."""
    host = host or send.smtp_host
    if not host:
        raise InputError("SMTP needs a server: --smtp-host HOST (or send.smtp_host in bsm.toml)",
                         field="--smtp-host")  # fmt: skip
    security = security or send.smtp_security or ("none" if is_loopback(host) else "starttls")
    port = port or send.smtp_port or {"ssl": 465, "starttls": 587}.get(security, 25)
    user, password = env.get("BSM_SMTP_USER") or None, env.get("BSM_SMTP_PASSWORD") or None
    if user and not password:
        raise InputError("BSM_SMTP_USER is set but BSM_SMTP_PASSWORD is not", field="environment")
    return SmtpSettings(host, port, security, user, password, seller_email)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SmtpSender:
    via = "smtp"

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._conn: smtplib.SMTP | None = None

    # --- the Sender protocol ---------------------------------------------------------------

    def check(self, item: Outgoing) -> str | None:
        self.envelope(item)  # a message that names no sender or no buyer is an InputError
        return None

    def describe(self, item: Outgoing) -> str:
        sender, to, _ = self.envelope(item)
        return f"SMTP {self.settings.host}:{self.settings.port}: from {sender} to {to}"

    def send(self, item: Outgoing) -> str:
        sender, to, data = self.envelope(item)
        return self.deliver(sender, [to], data)

    def went(self, item: Outgoing) -> bool | None:
        return None  # SMTP cannot be asked

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._conn.quit()
            self._conn = None

    # --- the message -----------------------------------------------------------------------

    def envelope(self, item: Outgoing) -> tuple[str, str, bytes]:
        """(from, to, bytes): the .eml's From (else the seller's address) and its To, which
        must be Amazon's anonymised buyer address: never a buyer's own."""
        source = str(item.file(".eml"))
        raw = read_eml(item)
        mail = email.message_from_bytes(raw, _class=EmailMessage, policy=email.policy.SMTP)
        to = address_of(mail, "To")
        if to is None or not BUYER_EMAIL.fullmatch(to):
            raise InputError(f"To is not one Amazon anonymised address ({to!r})", source=source,
                             field="To")  # fmt: skip
        sender = address_of(mail, "From")
        if sender is None:
            sender = self.settings.from_address
            if not sender:
                raise InputError("no From, and no seller.email in bsm.toml to send from",
                                 source=source, field="From")  # fmt: skip
            mail["From"] = sender
            raw = mail.as_bytes()
        return sender, to, raw

    # --- the wire ----------------------------------------------------------------------------

    def connection(self) -> smtplib.SMTP:
        if self._conn is not None:
            return self._conn
        s = self.settings
        try:
            if s.security == "ssl":
                conn: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=s.timeout, context=ssl.create_default_context()
                )
            else:
                conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    conn.starttls(context=ssl.create_default_context())
            conn.ehlo_or_helo_if_needed()
        except smtplib.SMTPResponseException as err:
            raise Unreachable(
                f"{s.host}:{s.port}: {reply(err.smtp_code, err.smtp_error)}"
            ) from None
        except (smtplib.SMTPException, OSError) as err:
            raise Unreachable(f"{s.host}:{s.port}: {err or type(err).__name__}") from None
        if s.user:
            try:
                conn.login(s.user, s.password or "")
            except smtplib.SMTPResponseException as err:
                conn.close()  # the password is never part of what is said
                raise Fatal(f"the SMTP server refused the login of {s.user}: "
                            f"{reply(err.smtp_code, err.smtp_error)}") from None  # fmt: skip
            except smtplib.SMTPException as err:
                conn.close()
                raise Fatal(f"cannot log in to the SMTP server as {s.user}: {err}") from None
        self._conn = conn
        return conn

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def deliver(self, sender: str, recipients: list[str], data: bytes) -> str:
        """One transaction: MAIL, RCPT, DATA; the server's answer to the DATA."""
        conn = self.connection()
        try:
            self._expect(conn, *conn.mail(sender))
            for rcpt in recipients:
                self._expect(conn, *conn.rcpt(rcpt))
            code, text = conn.data(data)
            self._expect(conn, code, text)
        except smtplib.SMTPDataError as err:  # DATA itself refused (no 354)
            self._expect(conn, err.smtp_code, err.smtp_error)
            raise AssertionError("unreachable") from None
        except (smtplib.SMTPServerDisconnected, OSError) as err:
            self._drop()
            raise Temporary(f"connection lost: {err or type(err).__name__}") from None
        return reply(code, text)

    def _expect(self, conn: smtplib.SMTP, code: int, text: bytes | str) -> None:
        if 200 <= code < 400:
            return
        try:
            conn.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()
        if 400 <= code < 500:
            raise Temporary(reply(code, text))
        raise Permanent(reply(code, text))


def as_test_message(raw: bytes, to: str, from_address: str) -> tuple[str, bytes]:
    """A rendered .eml made a test: to the designer's address, marked as a test in its
    subject and headers, never to a buyer. (envelope from, bytes)"""
    if not EMAIL.match(to) or BUYER_EMAIL.fullmatch(to):
        raise InputError(f"expected your own e-mail address, not a buyer's, got {to!r}",
                         field="to")  # fmt: skip
    mail = email.message_from_bytes(raw, _class=EmailMessage, policy=email.policy.SMTP)
    subject = str(mail.get("Subject", ""))
    for header in ("To", "Cc", "Bcc", "Subject", TEST_HEADER):
        del mail[header]
    mail["To"] = to
    mail["Subject"] = f"[TEST] {subject}"
    mail[TEST_HEADER] = "a test of the message design; it was not sent to a buyer"
    if not parseaddr(str(mail.get("From", "")))[1]:
        del mail["From"]
        mail["From"] = from_address
    return from_address, mail.as_bytes()
