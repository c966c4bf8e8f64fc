"""The .eml of a message, assembled directly: the same bytes as the EmailMessage build of
toolkit.output (`build_eml`), at a fraction of its cost. Attachments of a binary type with a
filename of plain ASCII words are assembled too (`attachment_part`, in a multipart/mixed);
any other attachment makes the whole message EmailMessage's.

EmailMessage parses and folds every header it is given, and again each header it moves when
parts are added (about 18 a message). Here a header is written as it is when the standard
library would write it unchanged (short printable ASCII, nothing it would decode or quote).
A Subject (or other unstructured header) with words outside ASCII, and a To or From with such
a display name, is folded here as the policy folds it (`fold_encoded`: the same RFC 2047
encoded words by the library's encoder, combined and split at the same places), where that is
proven the same; any other value goes through the library's own parse and fold
(`SMTP.header_store_parse` and `SMTP.fold_binary`, what EmailMessage calls). Bodies are
encoded as email.contentmanager does (the same choice of 7bit, 8bit, quoted-printable or
base64, by email.quoprimime and binascii), and parts are joined as email.generator joins them.
tests/test_eml_equivalence.py proves the bytes equal on every example in every language and on
generated messages and header values.
"""

from __future__ import annotations

import binascii
import email.errors
import re
from dataclasses import dataclass, field
from email import _encoded_words, quoprimime  # type: ignore[attr-defined]
from email.policy import SMTP
from email.utils import formataddr

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
# what an unstructured value's fold below is proven on: no control character, tab, line or
# paragraph separator (the library splits lines at these), nothing it decodes (`=?`)
UNFOLDABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]|=\?")
# the library's unstructured tokens: a space and all the whitespace after it (no-break spaces
# too: str.lstrip's), words up to the next space
TOKENS = re.compile(r" \s*|[^ ]+")
# formataddr's form of an address with a name outside ASCII: one encoded word (b or q)
ENCODED_ADDRESS = re.compile(rf"=\?utf-8\?([bq])\?([!->@-~]*)\?= <({DOT_ATOM}@{DOT_ATOM})>")
NAME_WORD = r"[^\W_]+(?:[-'][^\W_]+)*"  # letters and digits, inner hyphens and apostrophes
DISPLAY_NAME = re.compile(rf"{NAME_WORD}(?: {NAME_WORD})*")
CHROME = len("=?utf-8?q??=")  # an encoded word's length besides its text
ADDRESS_HEADERS = frozenset({"to", "from"})
# attachments assembled here: a binary main type, a plain subtype, a filename of plain words
BINARY_TYPES = frozenset({"application", "image", "audio", "video", "font"})
MIME_TOKEN = re.compile(r"[a-z0-9][a-z0-9.+-]*")
PLAIN_FILENAME = re.compile(r"[A-Za-z0-9._-]+(?: [A-Za-z0-9._-]+)*")
# headers the policy parses as more than text (their long values fold at other places)
# bytes of text lines and their quoted-printable kept (BodyLines): a template's lines are some
# 20-220 bytes, so thousands of them; a line longer than it all is never kept
BODY_LINES_KEPT = 2_000_000
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
        folded = fold_encoded(name, value)
        if folded is not None:
            self.items.append(folded)
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


def fold_encoded(name: str, value: str) -> bytes | None:
    """A header whose value holds words outside ASCII as the SMTP policy folds it, without its
    parse: an unstructured value (`fold_words`), or an address whose display name is one
    encoded word (formataddr's form, `fold_address`). None where this is not proven the same
    (the library then parses and folds it)."""
    lowered = name.lower()
    if lowered in STRUCTURED_HEADERS or len(name) + 2 > MAX_LINE:
        return None
    if lowered in ADDRESS_HEADERS:
        return fold_address(name, value)
    if value.isascii() or UNFOLDABLE.search(value):
        return None
    lines = fold_words(f"{name}: ", value)
    return None if lines is None else ("\r\n".join(lines) + "\r\n").encode("ascii")


def fold_address(name: str, value: str) -> bytes | None:
    """`Name: =?utf-8?b?...?= <addr>` (formataddr's form for a name outside ASCII, b or q) as the
    policy writes it: the decoded name folded as unstructured words (the same encoded words,
    proven so for names of letters, digits, inner hyphens and apostrophes, single spaces) and
    the address: on the header's line if all fits there, else on the next if all fits there,
    else the address after the name's last line, or on a line of its own."""
    match = ENCODED_ADDRESS.fullmatch(value)
    if match is None:
        return None
    try:
        if match[1] == "b":
            raw = binascii.a2b_base64(match[2], strict_mode=True)
        else:
            raw = quoprimime.header_decode(match[2]).encode("latin-1")
        display = raw.decode("utf-8")
    except (binascii.Error, UnicodeError):
        return None
    if display.isascii() or DISPLAY_NAME.fullmatch(display) is None:
        return None
    if formataddr((display, match[3])) != value:  # not formataddr's word for this name
        return None
    angle = f" <{match[3]}>"
    alone = fold_words("", display)  # the address folded on a line of its own
    if alone is None or len(angle) > MAX_LINE:
        return None
    if len(alone) == 1 and len(alone[0]) + len(angle) <= MAX_LINE:  # it fits on one line
        line = alone[0] + angle
        if len(name) + 2 + len(line) <= MAX_LINE:
            return f"{name}: {line}\r\n".encode("ascii")
        return f"{name}:\r\n {line}\r\n".encode("ascii")  # on the next line, whole
    if len(alone) == 1 and len(name) + 3 + len(alone[0]) > MAX_LINE:
        return None  # the name alone would move to the next line: not proven here
    lines = fold_words(f"{name}: ", display)
    if lines is None:
        return None
    if len(lines[-1]) + len(angle) <= MAX_LINE:
        lines[-1] += angle
    else:  # the address on a line of its own
        lines.append(angle)
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def fold_words(start: str, value: str) -> list[str] | None:
    """The lines of an unstructured value of words outside ASCII after `start` (`Name: `), as
    the policy folds it (its _refold_parse_tree and _fold_as_ew, for a value of words and
    spaces): the words in ASCII as they are, the others as RFC 2047 encoded words (the library's
    encoder), an encoded word taking in what follows it on its line up to the next one, split
    where the line is full. None where this is not proven the same."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the library's unknown-8bit
        return None
    lines = [start]
    ew_at: int | None = None  # where the library takes the last encoded word to start
    ew_text: str | None = ""  # what lines[-1][ew_at:] decodes to (None: not known here)
    for token in TOKENS.findall(value):
        if token.isascii() and len(token) <= MAX_LINE - len(lines[-1]):
            lines[-1] += token
            if ew_text is not None:
                ew_text += token
            continue
        if token.isascii() and len(token) + 1 <= MAX_LINE:
            moved = steal_space(lines)
            if moved or token[0] == " ":  # onto a line of its own
                lines.append(moved + token)
                ew_at = None
                continue
        if not token.strip(" "):  # spaces too long for a line: the library fails on them
            return None
        # an encoded word, taking in the last one's text on this line
        if ew_at is not None:
            if not lines[-1][ew_at:]:  # the library's index is past the line: nothing
                ew_text = ""
            if ew_text is None:
                return None
            token = ew_text + token
            lines[-1] = lines[-1][:ew_at]
        ew_at, ew_text = fold_as_ew(token, lines, ew_at)
    return lines


def steal_space(lines: list[str]) -> str:
    """The last line's trailing space, taken off it (email's _steal_trailing_WSP_if_exists)."""
    if lines[-1].endswith(" "):
        lines[-1] = lines[-1][:-1]
        return " "
    return ""


def fold_as_ew(text: str, lines: list[str], ew_at: int | None) -> tuple[int, str | None]:
    """`text` appended to `lines` as encoded words split to fit (email's _fold_as_ew); where
    the library takes the last word to start (an index into the last line, or past it, as
    its own bookkeeping leaves it) and what the line from there decodes to: None where that is
    not known here (the index points into a word, or at an empty one)."""
    if text[0] == " ":  # kept out of the word: it joins the word to the text before
        text = text[1:]
        if len(lines[-1]) == MAX_LINE:
            lines.append(steal_space(lines))
        lines[-1] += " "
    trailing = ""
    if text[-1] == " ":
        trailing, text = " ", text[:-1]
    new_at = len(lines[-1]) if ew_at is None else ew_at
    start, chunk = new_at, ""
    while text:
        room = MAX_LINE - len(lines[-1])
        if room - CHROME <= 0:
            lines.append(" ")
            continue
        chunk = text[: room - CHROME]
        word = _encoded_words.encode(chunk, charset="utf-8")
        while len(word) > room:
            chunk = chunk[:-1]
            word = _encoded_words.encode(chunk, charset="utf-8")
        start = len(lines[-1])
        lines[-1] += word
        text = text[len(chunk) :]
        if text:
            lines.append(" ")
            new_at = len(lines[-1])
    lines[-1] += trailing
    before = lines[-1][new_at:start]  # what the library takes in besides the word: spaces
    if new_at > start or before.strip(" ") or not chunk:
        return new_at, None
    return new_at, before + chunk + trailing


@dataclass
class BodyLines:
    """Lines of text parts in quoted-printable, as the library's encoder writes them, kept for
    the next message (a batch's: its messages share most of their lines, their template's).

    email.quoprimime.body_encode takes a body a line at a time: it escapes every byte but
    printable ASCII, tab and the line ends, splits at those line ends, and encodes each line
    on its own (soft breaks and a quoted trailing space depend on that line alone). So a body's
    encoding is its lines' encodings joined by line ends, and each line is encoded once, by
    that same function (tests/test_eml_equivalence.py compares the bytes with EmailMessage's).
    Bounded by the bytes kept (`limit`: a line and its encoding count), whatever the lines'
    length: emptied when full; `limit=0` keeps nothing (every line encoded afresh)."""

    limit: int = BODY_LINES_KEPT
    size: int = 0  # the bytes kept now
    _kept: dict[bytes, tuple[bytes, int]] = field(default_factory=dict, repr=False)

    def code(self, line: bytes) -> tuple[bytes, int]:
        """A line (no line end) encoded: with the generator's CRLF line ends, and the length
        of what the encoder wrote (LF line ends)."""
        found = self._kept.get(line)
        if found is None:
            found = quoted_line(line)
            size = len(line) + len(found[0])
            if size <= self.limit:
                if self.size + size > self.limit:  # emptied, not evicted one by one: flat
                    self._kept.clear()
                    self.size = 0
                self._kept[line] = found
                self.size += size
        return found


def quoted_line(line: bytes) -> tuple[bytes, int]:
    encoded = quoprimime.body_encode(line.decode("latin-1"), MAX_LINE)
    return encoded.replace("\n", "\r\n").encode("ascii"), len(encoded)


def encoded_text(text: str, kept: BodyLines | None = None) -> tuple[str, bytes]:
    """(Content-Transfer-Encoding, body bytes) of a UTF-8 text part, as
    email.contentmanager.set_text_content chooses and the SMTP policy writes them: its lines
    as they are when none is longer than a line may be, else quoted-printable unless that
    makes the first ten lines longer than base64 would. `kept`: lines encoded before."""
    lines = text.encode("utf-8").splitlines()
    if max((len(line) for line in lines), default=0) <= MAX_LINE:
        body = LINESEP.join(lines) + LINESEP
        return ("7bit" if body.isascii() else "8bit"), body
    kept = kept or BodyLines(limit=0)
    sniff = LINESEP.join(lines[:10]) + LINESEP
    codes = [kept.code(line) for line in lines[:10]]
    # the library's sniff: quoted-printable of those lines, each with its line end
    if sum(length for _, length in codes) + len(codes) > len(binascii.b2a_base64(sniff)):
        return "base64", base64_lines(LINESEP.join(lines) + LINESEP)
    codes += [kept.code(line) for line in lines[10:]]
    return "quoted-printable", LINESEP.join(code for code, _ in codes) + LINESEP


def base64_lines(data: bytes) -> bytes:
    """`data` in base64 lines, as email.contentmanager encodes it and the generator writes it."""
    encoded = "".join(
        binascii.b2a_base64(data[i : i + BASE64_CHUNK]).decode("ascii")
        for i in range(0, len(data), BASE64_CHUNK)
    )
    return generator_lines(encoded)


def attachment_part(mime_type: str, filename: str, content: bytes) -> bytes | None:
    """An attachment's part (headers and body) as EmailMessage.add_attachment makes it and the
    generator writes it: base64, `attachment; filename="..."`, MIME-Version last. None for a
    type or filename it is not proven on here (a text or message type, a filename outside plain
    ASCII words or too long for a line of its own): EmailMessage builds those."""
    maintype, _, subtype = mime_type.partition("/")
    subtype = subtype or "octet-stream"
    parameter = f'filename="{filename}"'
    disposition = f"Content-Disposition: attachment; {parameter}"
    if len(disposition) > MAX_LINE:  # the policy's fold of a MIME parameter onto its own line
        disposition = f"Content-Disposition: attachment;\r\n {parameter}"
    if (
        maintype not in BINARY_TYPES
        or MIME_TOKEN.fullmatch(subtype) is None
        or PLAIN_FILENAME.fullmatch(filename) is None
        or len(parameter) + 2 > MAX_LINE  # longer: split in RFC 2231 sections
    ):
        return None
    headers = (
        f"Content-Type: {maintype}/{subtype}\r\nContent-Transfer-Encoding: base64\r\n"
        f"{disposition}\r\nMIME-Version: 1.0\r\n\r\n"
    )
    return headers.encode("ascii") + base64_lines(content)


def generator_lines(payload: str) -> bytes:
    """A str payload with its line ends made CRLF, as email.generator writes it."""
    lines = NEWLINE.split(payload)
    body = "".join(line + "\r\n" for line in lines[:-1]) + lines[-1]
    return body.encode("ascii", "surrogateescape")


def text_part(headers: Headers, text: str, subtype: str, kept: BodyLines | None = None) -> bytes:
    """A text/<subtype> part's Content-Type and encoding, into `headers`; its body."""
    cte, body = encoded_text(text, kept)
    headers.add("Content-Type", f'text/{subtype}; charset="utf-8"')
    headers.add("Content-Transfer-Encoding", cte)
    return body


def multipart(boundary: str, parts: list[bytes]) -> bytes:
    """Parts between boundaries, as email.generator writes a multipart body."""
    dash = f"--{boundary}".encode("ascii")
    body = dash + LINESEP + (LINESEP + dash + LINESEP).join(parts)
    return body + LINESEP + dash + b"--" + LINESEP
