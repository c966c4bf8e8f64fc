"""The .eml of a message without attachments, assembled directly: the same bytes as the
EmailMessage build of toolkit.output (`build_eml`), at a fraction of its cost.

EmailMessage parses and folds every header it is given, and again each header it moves when
parts are added (about 18 a message). Here a header is written as it is when the standard
library would write it unchanged (short printable ASCII, nothing it would decode or quote);
any other value goes through the library's own parse and fold (`SMTP.header_store_parse` and
`SMTP.fold_binary`, what EmailMessage calls). Bodies are encoded as email.contentmanager does
(the same choice of 7bit, 8bit, quoted-printable or base64, by email.quoprimime and binascii),
and parts are joined as email.generator joins them. tests/test_eml_equivalence.py proves the
bytes equal on every example in every language and on generated messages.
"""

from __future__ import annotations

import binascii
import email.errors
import re
from email import quoprimime
from email.policy import SMTP

from toolkit.errors import InputError

LINESEP = b"\r\n"
MAX_LINE = 78  # SMTP.max_line_length
BASE64_CHUNK = MAX_LINE // 4 * 3  # bytes of input a base64 line holds
NEWLINE = re.compile(r"\r\n|\r|\n")  # the generator's line ends (email.generator.NLCRE)
# a value EmailMessage writes back unchanged: printable ASCII words, single spaces between
PLAIN_VALUE = re.compile(r"[!-~]+(?: [!-~]+)*")
# an address it writes back unchanged: atext words (no quoting), a dot-atom address
ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
DOT_ATOM = rf"{ATEXT}(?:\.{ATEXT})*"
PLAIN_ADDRESS = re.compile(
    rf"(?:{ATEXT}(?: {ATEXT})* <{DOT_ATOM}@{DOT_ATOM}>|{DOT_ATOM}@{DOT_ATOM})"
)
# format_datetime's form, whole minutes of offset (what the Date header writes back unchanged)
PLAIN_DATE = re.compile(r"[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} [-+][0-9]{4}")
CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # no header value holds one
ADDRESS_HEADERS = frozenset({"to", "from"})
# headers the policy parses as more than text (their long values fold at other places)
STRUCTURED_HEADERS = frozenset(
    {"date", "message-id", "mime-version", "content-type", "content-transfer-encoding",
     "content-disposition"}
)  # fmt: skip


def plain(name: str, value: str) -> bool:
    """Whether `Name: value` is what the SMTP policy writes for this value (one line, kept)."""
    if len(name) + 2 + len(value) > MAX_LINE or "=?" in value:
        return False
    return plain_value(name, value)


def plain_value(name: str, value: str) -> bool:
    """Whether the policy keeps the value as it is (printable ASCII it neither decodes nor
    quotes), wherever it puts it."""
    if name.lower() in ADDRESS_HEADERS:
        return PLAIN_ADDRESS.fullmatch(value) is not None
    if name.lower() == "date":
        return PLAIN_DATE.fullmatch(value) is not None
    return PLAIN_VALUE.fullmatch(value) is not None


def unstructured_on_next_line(name: str, value: str) -> bool:
    """A plain unstructured value too long for the header's line that fits on the next: the
    policy writes `Name:`, then the value on a line of its own."""
    lowered = name.lower()
    return (
        len(value) + 1 <= MAX_LINE
        and "=?" not in value
        and lowered not in ADDRESS_HEADERS
        and lowered not in STRUCTURED_HEADERS
        and PLAIN_VALUE.fullmatch(value) is not None
    )


class Headers:
    """A part's headers in order. A value that cannot be a header is an InputError naming the
    field it came from (as EmailMessage's would be, when it is set)."""

    def __init__(self) -> None:
        # a plain header's line, or a (name, header object) pair for the policy to fold
        self.items: list[bytes | tuple[str, str]] = []

    def add(self, name: str, value: str, field: str | None = None) -> None:
        if plain(name, value):
            self.items.append(f"{name}: {value}\r\n".encode("ascii"))
            return
        if unstructured_on_next_line(name, value):  # the policy's fold of a long plain value
            self.items.append(f"{name}:\r\n {value}\r\n".encode("ascii"))
            return
        try:
            if field is not None and CONTROL_CHARACTER.search(value):
                raise ValueError(f"{value!r} holds a control character")
            self.items.append(SMTP.header_store_parse(name, value))
        except (ValueError, TypeError, email.errors.MessageError) as err:
            if field is None:
                raise
            raise InputError(f"cannot be the {name} header: {err}", field=field) from None

    def add_multipart(self, subtype: str, boundary: str) -> None:
        """Content-Type multipart/<subtype> with one of toolkit.output's boundaries (ASCII
        letters, digits, `=` and `_`), folded before the boundary as the policy folds it when
        the line is too long."""
        line = f'Content-Type: multipart/{subtype}; boundary="{boundary}"'
        if len(line) > MAX_LINE:
            line = f'Content-Type: multipart/{subtype};\r\n boundary="{boundary}"'
        self.items.append(line.encode("ascii") + LINESEP)

    def as_bytes(self) -> bytes:
        """The headers as the generator writes them, and the blank line after them."""
        lines = [
            item if isinstance(item, bytes) else SMTP.fold_binary(*item) for item in self.items
        ]
        return b"".join(lines) + LINESEP


def encoded_text(text: str) -> tuple[str, bytes]:
    """(Content-Transfer-Encoding, body bytes) of a UTF-8 text part, as
    email.contentmanager.set_text_content chooses and the SMTP policy writes them."""
    lines = text.encode("utf-8").splitlines()
    if max((len(line) for line in lines), default=0) <= MAX_LINE:
        body = LINESEP.join(lines) + LINESEP
        return ("7bit" if body.isascii() else "8bit"), body
    embedded = LINESEP.join(lines) + LINESEP
    sniff = LINESEP.join(lines[:10]) + LINESEP
    sniff_qp = quoprimime.body_encode(sniff.decode("latin-1"), MAX_LINE)
    if len(sniff_qp) > len(binascii.b2a_base64(sniff)):
        data = "".join(
            binascii.b2a_base64(embedded[i : i + BASE64_CHUNK]).decode("ascii")
            for i in range(0, len(embedded), BASE64_CHUNK)
        )
        return "base64", generator_lines(data)
    if len(lines) <= 10:
        return "quoted-printable", generator_lines(sniff_qp)
    normal = b"\n".join(lines) + b"\n"
    return "quoted-printable", generator_lines(
        quoprimime.body_encode(normal.decode("latin-1"), MAX_LINE)
    )


def generator_lines(payload: str) -> bytes:
    """A str payload with its line ends made CRLF, as email.generator writes it."""
    lines = NEWLINE.split(payload)
    body = "".join(line + "\r\n" for line in lines[:-1]) + lines[-1]
    return body.encode("ascii", "surrogateescape")


def text_part(headers: Headers, text: str, subtype: str) -> bytes:
    """A text/<subtype> part's Content-Type and encoding, into `headers`; its body."""
    cte, body = encoded_text(text)
    headers.add("Content-Type", f'text/{subtype}; charset="utf-8"')
    headers.add("Content-Transfer-Encoding", cte)
    return body


def multipart(boundary: str, parts: list[bytes]) -> bytes:
    """Parts between boundaries, as email.generator writes a multipart body."""
    dash = f"--{boundary}".encode("ascii")
    body = dash + LINESEP + (LINESEP + dash + LINESEP).join(parts)
    return body + LINESEP + dash + b"--" + LINESEP
