"""Messages read from files: `.html`, `.eml`, `.txt`, folders of them, or stdin.

What `bsm check` sees of a message it did not render: subject, HTML, text, attachments, and the
bytes of every image it can read (an .eml's `cid:` parts, files next to an .html), so that
Pillow can count frames and pixels. Context (type, buyer locale) never comes from the file:
it is what the seller tells the checker (`--type`, `--locale`, `--order`).
"""

from __future__ import annotations

import html as html_lib
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from email import policy as email_policy
from email.message import EmailMessage
from email.message import Message as MimePart
from email.parser import BytesParser
from pathlib import Path

from toolkit.errors import InputError
from toolkit.model import Attachment, Message
from toolkit.paths import data_dir

KINDS = {".html": "html", ".htm": "html", ".eml": "eml", ".txt": "txt"}
FIXED_MARK = ".fixed"  # name.fixed.html: what --fix wrote; a folder check skips it
STDIN = "-"
STDIN_NAME = "<stdin>"
MAX_INPUT_BYTES = 50_000_000  # a message file larger than this is no message
MAX_IMAGE_BYTES = 20_000_000  # a local image larger than this is not read
IMAGE_SUFFIXES = frozenset({".png", ".gif", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff"})
NUL_PROBE = 8192  # a text file has no NUL byte in its first bytes
UNKNOWN_KIND = "unknown"  # an attachment whose purpose the file name does not tell

TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.I | re.S)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
IMG_SRC = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
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


def load_attachment_kinds(path: Path | None = None) -> AttachmentKinds:
    with (path or data_dir() / "text.toml").open("rb") as fh:
        data = tomllib.load(fh)
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


def read_paths(
    paths: Sequence[str], kinds: AttachmentKinds, stdin: bytes | None = None
) -> Iterator[Source | InputError]:
    """Every message the paths name, in order; a bad path yields its error and the rest go on."""
    for name in paths:
        if name == STDIN:
            try:
                yield read_bytes(stdin or b"", STDIN_NAME, sniff(stdin or b""), kinds)
            except InputError as err:
                yield err
            continue
        try:
            files = expand(Path(name))
        except InputError as err:
            yield err
            continue
        for file, root in files:
            try:
                yield read_file(file, kinds, root=root)
            except InputError as err:
                yield err


def read_file(path: Path, kinds: AttachmentKinds, *, root: Path | None = None) -> Source:
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"{size:,} bytes: too large for a message", source=str(path))
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", source=str(path)) from None
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
    if kind == "eml":
        message, images = read_eml(data, kinds)
    else:
        if b"\x00" in data[:NUL_PROBE]:
            raise InputError("a binary file, not a message", source=path)
        text = decode(data, html=kind == "html")
        if kind == "html":
            message = Message(None, None, title(text), text, "")
            images = local_images(text, file.parent) if file is not None else {}
        else:
            message, images = read_text(text), {}
    return Source(path, kind, message, images, data, file, root)


def decode(data: bytes, *, html: bool = False, charset: str | None = None) -> str:
    """Text from bytes: the declared charset, else UTF-8, else Windows-1252 (never fails)."""
    declared = charset
    if declared is None and html:
        found = META_CHARSET.search(data[:2048])
        declared = found.group(1).decode("ascii", "replace") if found else None
    for encoding in (declared, "utf-8-sig"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


def title(html: str) -> str:
    found = TITLE.search(html)
    return " ".join(html_lib.unescape(found.group(1)).split()) if found else ""


def read_text(text: str) -> Message:
    """A .txt message; a first line `Subject: ...` is its subject."""
    first, _, rest = text.partition("\n")
    found = SUBJECT_LINE.match(first.rstrip("\r"))
    if found:
        return Message(None, None, found.group(1).strip(), "", rest.lstrip("\r\n"))
    return Message(None, None, "", "", text.lstrip("\ufeff"))


def local_images(html: str, base: Path) -> dict[str, bytes]:
    """Images an .html file names by a relative path, read from beside it."""
    images: dict[str, bytes] = {}
    for match in IMG_SRC.finditer(html):
        src = html_lib.unescape(next(g for g in match.groups() if g is not None)).strip()
        if not src or src in images or SCHEME.match(src) or src.startswith(("/", "#")):
            continue
        path = base / src.split("?")[0].split("#")[0]
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            continue  # only pictures are read: an <img src> names no other file to open
        try:
            if path.is_file() and path.stat().st_size <= MAX_IMAGE_BYTES:
                images[src] = path.read_bytes()
        except (OSError, ValueError):  # a name the file system refuses is no image to read
            continue
    return images


# --- .eml ----------------------------------------------------------------------------------


def parse_eml(data: bytes) -> EmailMessage:
    mail = BytesParser(policy=email_policy.default).parsebytes(data)
    assert isinstance(mail, EmailMessage)  # the default policy's factory
    return mail


def part_text(part: MimePart) -> str:
    """A text part's content, whatever its declared charset or transfer encoding."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return decode(payload, charset=part.get_content_charset())


def content_id(part: MimePart) -> str | None:
    value = part.get("Content-ID")
    return str(value).strip().strip("<>").strip() or None if value else None


def is_attachment(part: MimePart) -> bool:
    disposition = (part.get_content_disposition() or "").lower()
    return disposition == "attachment" or (disposition != "inline" and bool(part.get_filename()))


def body_parts(mail: EmailMessage) -> tuple[MimePart | None, MimePart | None]:
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
    mail = parse_eml(data)
    html_part, text_part = body_parts(mail)
    html = part_text(html_part) if html_part is not None else ""
    text = part_text(text_part) if text_part is not None else ""
    images: dict[str, bytes] = {}
    attachments: list[Attachment] = []
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
            if cid and f"cid:{cid}".lower() in html.lower():
                continue  # an image the HTML shows, not a file handed to the buyer
        filename = part.get_filename() or cid or f"part-{len(attachments) + 1}"
        attachments.append(
            Attachment(filename, kinds.guess(filename), part.get_content_type(), content)
        )
    subject = " ".join(str(mail.get("Subject", "")).split())
    return Message(None, None, subject, html, text, tuple(attachments)), images
