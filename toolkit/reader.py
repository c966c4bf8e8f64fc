"""Messages read from files: `.html`, `.eml`, `.txt`, folders of them, or stdin.

What `bsm check` sees of a message it did not render: subject, HTML, text, attachments, and the
bytes of every image it can read (an .eml's `cid:` parts, files next to an .html), so that
Pillow can count frames and pixels. Context (type, buyer locale) never comes from the file:
it is what the seller tells the checker (`--type`, `--locale`, `--order`).
"""

from __future__ import annotations

import contextlib
import html as html_lib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from toolkit import dom
from toolkit.dom import HtmlElement
from toolkit.errors import InputError
from toolkit.files import read_capped
from toolkit.model import Attachment, Message
from toolkit.paths import data_dir
from toolkit.render_cache import RenderCache

if TYPE_CHECKING:  # the email package is imported where an .eml is read: never for an .html
    from email.message import EmailMessage
    from email.message import Message as MimePart
    from email.policy import Policy

KINDS = {".html": "html", ".htm": "html", ".eml": "eml", ".txt": "txt"}
FIXED_MARK = ".fixed"  # name.fixed.html: what --fix wrote; a folder check skips it
STDIN = "-"
STDIN_NAME = "<stdin>"
MAX_INPUT_BYTES = 50_000_000  # a message file larger than this is no message
MAX_TEXT_CHARS = 1_000_000  # the text a reader sees, per part: the rules read it in seconds
MAX_IMAGE_BYTES = 20_000_000  # a local image larger than this is no picture for a message
# an .eml's shape, checked before the email package reads its headers (some of its header
# parsing is quadratic, and its parser recurses once per level of nesting)
MAX_NESTING_MARKS = 64  # "boundary" and "message/" in the raw bytes: each may open a level
MAX_DELIMITER_LINES = 1_000  # lines starting "--" (which may open a part), before parsing
MAX_DEPTH = 16  # multipart levels
MAX_PARTS = 24  # MIME parts in one message (Amazon takes at most 5 attachments)
MAX_HEADERS = 100  # header fields in one part
MAX_HEADER_CHARS = 4_000  # one header field, folded lines joined
MAX_CONTENT_HEADER_CHARS = 600  # one Content-* field: their parameter parsing is quadratic
MAX_PARAMETERS = 16  # `; name=value` in one Content-* field
MAX_HEADER_TOTAL = 32_000  # all header fields of the message, parts included
IMAGE_SUFFIXES = frozenset({".png", ".gif", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff"})
NUL_PROBE = 8192  # a text file has no NUL byte in its first bytes
UNKNOWN_KIND = "unknown"  # an attachment whose purpose the file name does not tell

TITLE_OPEN = re.compile(r"<title", re.I)
TITLE_CLOSE = re.compile(r"</title\s*>", re.I)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
META_PROBE = 2048  # a <meta charset> is looked for in the first bytes, as browsers do
# labels that browsers read as Windows-1252 (WHATWG Encoding): Python's would differ
WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii"})
SUBJECT_LINE = re.compile(r"^\ufeff?subject:[ \t]*(.*)$", re.I)
HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]")
MIME_HEADERS = (b"mime-version:", b"content-type:", b"received:", b"message-id:")
TAG = re.compile(r"<\s*[a-zA-Z!/]")
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class Source:
    """One message as read: what to check, and what the fixer needs to write it back."""

    path: str  # as reports show it
    kind: str  # "html", "eml" or "txt"
    message: Message
    image_bytes: Mapping[str, bytes] = field(default_factory=dict, repr=False)
    raw: bytes = field(default=b"", repr=False)
    file: Path | None = None  # None for stdin
    root: Path | None = None  # the folder the file was found in, for --out
    encoding: str = "utf-8"  # what an .html or .txt was decoded with; --fix writes it back so


@dataclass(frozen=True)
class AttachmentKinds:
    """File-name words that tell what an attachment is for (data/text.toml)."""

    words: tuple[tuple[str, tuple[str, ...]], ...]

    def guess(self, filename: str) -> str:
        name = filename.lower()
        for kind, words in self.words:
            if any(word in name for word in words):
                return kind
        return UNKNOWN_KIND


def load_attachment_kinds(
    path: Path | None = None, cache: RenderCache | None = None
) -> AttachmentKinds:
    data = (cache or RenderCache(None)).toml(path or data_dir() / "text.toml")
    table = data.get("attachment_kinds", {})
    return AttachmentKinds(tuple((kind, tuple(words)) for kind, words in table.items()))


# --- finding the files --------------------------------------------------------------------


def expand(path: Path) -> list[tuple[Path, Path | None]]:
    """The message files a path names: itself, or every readable file under a folder."""
    if path.is_dir():
        found = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in KINDS
            and FIXED_MARK not in p.name
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not found:
            raise InputError(
                f"no {', '.join(sorted(KINDS))} files in this folder", source=str(path)
            )
        return [(p, path) for p in found]
    if not path.exists():
        raise InputError("no such file or folder", source=str(path))
    if path.suffix.lower() not in KINDS:
        raise InputError(
            f"cannot check {path.suffix or 'this'} files; give {', '.join(sorted(KINDS))} "
            "files, a folder or - for stdin",
            source=str(path),
        )
    return [(path, None)]


@dataclass(frozen=True)
class Located:
    """A message file a path names, not read yet (`bsm check --jobs`: a worker reads it)."""

    file: Path
    root: Path | None = None  # the folder it was found in, for --out

    @property
    def path(self) -> str:  # as reports show it: a Source read from it has this path
        return str(self.file)

    @property
    def kind(self) -> str:
        return KINDS[self.file.suffix.lower()]

    def read(self, kinds: AttachmentKinds) -> Source:
        return read_file(self.file, kinds, root=self.root)


def located_paths(
    paths: Sequence[str], kinds: AttachmentKinds, stdin: BinaryIO | bytes | None = None
) -> Iterator[Source | Located | InputError]:
    """Every message the paths name, in order, each file found but not read (stdin is read);
    a bad path yields its error and the rest go on.

    `stdin` is read (up to the cap) when a path is `-`, once: a second `-` sees the same bytes.
    """
    stdin_data: bytes | InputError | None = stdin if isinstance(stdin, bytes) else None
    for name in paths:
        if name == STDIN:
            if stdin_data is None:
                stdin_data = read_stdin(stdin)
            if isinstance(stdin_data, InputError):
                yield stdin_data
                continue
            try:
                yield read_bytes(stdin_data, STDIN_NAME, sniff(stdin_data), kinds)
            except InputError as err:
                yield err
            continue
        try:
            files = expand(Path(name))
        except InputError as err:
            yield err
            continue
        for file, root in files:
            yield Located(file, root)


def read_stdin(stream: BinaryIO | bytes | None) -> bytes | InputError:
    if stream is None or isinstance(stream, bytes):
        return stream or b""
    try:
        return read_capped(stream, MAX_INPUT_BYTES, "a message", name=STDIN_NAME)
    except InputError as err:
        return err


def read_file(path: Path, kinds: AttachmentKinds, *, root: Path | None = None) -> Source:
    data = read_capped(path, MAX_INPUT_BYTES, "a message")
    kind = KINDS[path.suffix.lower()]
    return read_bytes(data, str(path), kind, kinds, file=path, root=root)


def sniff(data: bytes) -> str:
    """The kind of a message given on stdin: a MIME message, HTML, or plain text."""
    head = data.lstrip()[:4096]
    first = head.split(b"\n", 1)[0]
    if HEADER_LINE.match(first) and any(h in head.lower() for h in MIME_HEADERS):
        return "eml"
    if TAG.search(head.decode("utf-8", "replace")):
        return "html"
    return "txt"


# --- reading one message -------------------------------------------------------------------


def read_bytes(
    data: bytes,
    path: str,
    kind: str,
    kinds: AttachmentKinds,
    *,
    file: Path | None = None,
    root: Path | None = None,
) -> Source:
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{len(data):,} bytes: too large for a message", source=path)
    encoding = "utf-8"
    try:
        if kind == "eml":
            message, images = read_eml(data, kinds)
        else:
            if b"\x00" in data[:NUL_PROBE]:
                raise InputError("a binary file, not a message")
            html = kind == "html"
            encoding = text_encoding(data, declared_charset(data) if html else None)
            text = decode(data, encoding)
            if html:
                tree = read_html(text, "the HTML")
                message = Message(None, None, title(text), text, "")
                images = local_images(tree, file.parent) if file is not None else {}
            else:
                check_text_size(text, "the text")
                message, images = read_text(text), {}
    except InputError as err:
        raise err.within(path) from None
    return Source(path, kind, message, images, data, file, root, encoding=encoding)


def declared_charset(html: bytes) -> str | None:
    """The charset an HTML file declares in a <meta> near its start, as browsers read it."""
    found = META_CHARSET.search(html[:META_PROBE])
    if not found:
        return None
    label = found.group(1).decode("ascii", "replace").lower()
    return "cp1252" if label in WINDOWS_1252_LABELS else label


def text_encoding(data: bytes, declared: str | None) -> str:
    """The codec to read `data` with: the declared charset, else UTF-8 (a BOM kept as such)."""
    if declared:
        return declared
    return "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"


def decode(data: bytes, encoding: str, what: str = "the file") -> str:
    """`data` as text in `encoding`; a byte that is not of it is InputError, never a guess."""
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(f"{what} declares an unknown charset {encoding!r}") from None
    except UnicodeDecodeError as err:
        byte = data[err.start : err.start + 1].hex()
        hint = "" if encoding.startswith("utf-8") else f" (it declares {encoding})"
        raise InputError(
            f"{what} is not valid {encoding.removesuffix('-sig').upper()}{hint}: byte 0x{byte} "
            f"at offset {err.start}; save it as UTF-8 or declare its charset"
        ) from None


def title(html: str) -> str:
    """The <title>'s text, found in one pass (a lazy regex over `<title` * n is quadratic)."""
    opened = TITLE_OPEN.search(html)
    if not opened:
        return ""
    start = html.find(">", opened.end())
    closed = TITLE_CLOSE.search(html, start) if start >= 0 else None
    if closed is None:
        return ""
    return " ".join(html_lib.unescape(html[start + 1 : closed.start()]).split())


def read_text(text: str) -> Message:
    """A .txt message; a first line `Subject: ...` is its subject."""
    first, _, rest = text.partition("\n")
    found = SUBJECT_LINE.match(first.rstrip("\r"))
    if found:
        return Message(None, None, found.group(1).strip(), "", rest.lstrip("\r\n"))
    return Message(None, None, "", "", text.lstrip("\ufeff"))


def read_html(html: str, what: str) -> HtmlElement:
    """The parsed HTML, whole (InputError if the parser would drop some), its text within cap."""
    root = dom.parse_html(html)
    check_text_size(root.text_content(), what)
    return root


def check_text_size(text: str, what: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"{what} holds {len(text):,} characters of text; at most {MAX_TEXT_CHARS:,} are "
            "checked (no message is this long)"
        )


def local_images(root: HtmlElement, base: Path) -> dict[str, bytes]:
    """Images an .html file names by a relative path, read from beside it (up to the cap)."""
    images: dict[str, bytes] = {}
    for img in root.iter("img"):
        src = (img.get("src") or "").strip()
        if not src or src in images or SCHEME.match(src) or src.startswith(("/", "#")):
            continue
        path = base / src.split("?")[0].split("#")[0]
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            continue  # only pictures are read: an <img src> names no other file to open
        try:
            if not path.exists() or path.is_dir():
                continue  # an image the seller's mail program will find; none to measure here
        except (OSError, ValueError):  # a name the file system refuses is no image to read
            continue
        images[src] = read_capped(path, MAX_IMAGE_BYTES, "an image in a message")
    return images


# --- .eml ----------------------------------------------------------------------------------


def parse_eml(data: bytes) -> EmailMessage:
    """The message as the fixer edits it, once its shape is known to be within the caps."""
    from email.message import EmailMessage
    from email.policy import default

    read_mail(data)
    mail = parse_with(data, default)
    assert isinstance(mail, EmailMessage)  # the default policy's factory
    return mail


def read_mail(data: bytes) -> MimePart:
    """The message as the checker reads it: headers left as strings (compat32), which reads
    in linear time; the default policy parses a Content-Type anew each time it is asked for.
    InputError when its shape is beyond the caps."""
    check_nesting_marks(data)
    mail = parse_with(data, None)
    check_shape(mail)
    return mail


def parse_with(data: bytes, policy: Policy | None) -> MimePart:
    """`data` parsed with `policy`; None: the parser's own default, compat32, taken from the
    parser so that a check does not import email.policy (its header registry and parser: some
    ms) only to name it."""
    from email.errors import MessageError
    from email.parser import BytesParser

    parser = BytesParser() if policy is None else BytesParser(policy=policy)
    try:
        return parser.parsebytes(data)
    except RecursionError:  # a nesting the marks did not show (the count is a safety net)
        raise InputError(f"MIME parts nested more than {MAX_DEPTH} deep") from None
    except (MessageError, ValueError, LookupError) as err:  # the parser records, rarely raises
        raise InputError(f"not a readable e-mail: {err}") from None


def check_nesting_marks(data: bytes) -> None:
    """Refuse before parsing what could nest deeper than the parser's recursion goes, or hold
    more parts than it can read in a moment."""
    lower = data.lower()
    marks = lower.count(b"boundary") + lower.count(b"message/")
    if marks > MAX_NESTING_MARKS:
        raise InputError(
            f"{marks} MIME boundaries or enclosed messages; at most {MAX_NESTING_MARKS} are read"
        )
    # the parser's time goes with its parts: 20,000 of them take seconds before they are counted
    delimiters = data.count(b"\n--")
    if delimiters > MAX_DELIMITER_LINES:
        raise InputError(
            f"{delimiters:,} lines that may open a MIME part; at most {MAX_DELIMITER_LINES:,} "
            f"are read (a message has {MAX_PARTS} parts at most)"
        )


def check_shape(mail: MimePart) -> None:
    """Parts, depth and headers within the caps, seen on the raw parse (headers as strings).

    The default policy parses a header when it is first asked for, and some of that parsing
    is quadratic: a 1 MB Subject took 24 s, 10,000 RFC 2231 parameters 14 s. So the sizes are
    checked here, where headers are still plain strings, before anything asks.
    """
    stack: list[tuple[MimePart | str, int]] = [(mail, 1)]
    parts = header_chars = 0
    while stack:
        part, depth = stack.pop()
        if isinstance(part, str):
            continue  # a multipart's payload holds parts; the parser leaves nothing else
        parts += 1
        if parts > MAX_PARTS:
            raise InputError(f"more than {MAX_PARTS} MIME parts; a message has a few")
        if depth > MAX_DEPTH:
            raise InputError(f"MIME parts nested more than {MAX_DEPTH} deep")
        headers = list(part.raw_items())
        if len(headers) > MAX_HEADERS:
            raise InputError(f"{len(headers)} header fields in one part; at most {MAX_HEADERS}")
        for name, value in headers:
            check_header(name, value)
            header_chars += len(name) + len(value)
        if header_chars > MAX_HEADER_TOTAL:
            raise InputError(
                f"more than {MAX_HEADER_TOTAL:,} characters of header fields; a message has "
                "a few lines of them"
            )
        payload = part.get_payload()
        if isinstance(payload, list):
            stack.extend((child, depth + 1) for child in reversed(payload))


def check_header(name: str, value: str) -> None:
    content = name.lower().startswith("content-")
    limit = MAX_CONTENT_HEADER_CHARS if content else MAX_HEADER_CHARS
    if len(name) + len(value) > limit:
        raise InputError(
            f"header {name[:40]!r} is {len(value):,} characters long; at most {limit:,} are read"
        )
    if content and value.count(";") > MAX_PARAMETERS:
        raise InputError(
            f"header {name[:40]!r} has {value.count(';'):,} parameters; "
            f"at most {MAX_PARAMETERS} are read"
        )


def part_text(part: MimePart, what: str) -> str:
    """A text part's content, in its declared charset (UTF-8 when it declares none)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset()
    return decode(payload, charset or text_encoding(payload, None), what)


def content_id(part: MimePart) -> str | None:
    value = part.get("Content-ID")
    return str(value).strip().strip("<>").strip() or None if value else None


def header_text(value: object) -> str:
    """A raw header's text, its encoded words (=?utf-8?q?...?=) decoded, on one line."""
    from email.errors import HeaderParseError
    from email.header import decode_header, make_header

    raw = str(value or "")
    # words that do not decode are shown as they are written
    with contextlib.suppress(UnicodeError, ValueError, LookupError, HeaderParseError):
        raw = str(make_header(decode_header(raw))) if "=?" in raw else raw
    return " ".join(raw.split())


def is_attachment(part: MimePart) -> bool:
    disposition = (part.get_content_disposition() or "").lower()
    return disposition == "attachment" or (disposition != "inline" and bool(part.get_filename()))


def body_parts(mail: MimePart) -> tuple[MimePart | None, MimePart | None]:
    """The first HTML and the first plain-text part that are not attachments."""
    html_part = text_part = None
    for part in mail.walk():
        if part.is_multipart() or is_attachment(part):
            continue
        ctype = part.get_content_type()
        if ctype == "text/html" and html_part is None:
            html_part = part
        elif ctype == "text/plain" and text_part is None:
            text_part = part
    return html_part, text_part


def read_eml(data: bytes, kinds: AttachmentKinds) -> tuple[Message, dict[str, bytes]]:
    mail = read_mail(data)
    html_part, text_part = body_parts(mail)
    html = part_text(html_part, "the HTML part") if html_part is not None else ""
    text = part_text(text_part, "the text part") if text_part is not None else ""
    if html:
        read_html(html, "the HTML part")
    check_text_size(text, "the text part")
    images: dict[str, bytes] = {}
    attachments: list[Attachment] = []
    shown = html.lower()
    for part in mail.walk():
        if part.is_multipart() or part is html_part or part is text_part:
            continue
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        cid = content_id(part)
        location = part.get("Content-Location")
        if part.get_content_maintype() == "image" and (cid or location):
            if cid:
                images[f"cid:{cid}"] = content
            if location:
                images[str(location).strip()] = content
            if cid and f"cid:{cid}".lower() in shown:
                continue  # an image the HTML shows, not a file handed to the buyer
        filename = header_text(part.get_filename()) or cid or f"part-{len(attachments) + 1}"
        attachments.append(
            Attachment(filename, kinds.guess(filename), part.get_content_type(), content)
        )
    subject = header_text(mail.get("Subject"))
    return Message(None, None, subject, html, text, tuple(attachments)), images
