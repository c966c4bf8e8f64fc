"""Attachments: where an order document's files may be read from, how much of them, and what
their bytes really are.

An order names its attachments by path. They are read only from the order document's own
folder or a folder the user names (`bsm render --attachments DIR`), after resolving every
symbolic link and `..`: a path that leads elsewhere (`/proc/self/environ`, `../../etc/passwd`, a
link pointing out) is refused, and so is anything but a regular file. Reading stops at the
message's byte limit. What a file is comes from its first bytes (data/file_types.toml), never
from its name: the MIME type it is sent as is its content's, and BSM303 holds content, extension
and kind against each other, both when rendering and when `bsm check` reads an .eml.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from toolkit.errors import InputError
from toolkit.files import TooLarge, problem, read_capped, real
from toolkit.paths import data_dir
from toolkit.render_cache import RenderCache

MAX_PATH_CHARS = 1024  # a longer attachment path is no path a seller wrote
SNIFF_BYTES = 1024  # how far into a file its signature or its text's first tag is looked for
BYTE_ORDER_MARK = b"\xef\xbb\xbf"
UNSPECIFIED_MIME = "application/octet-stream"  # "some file": says nothing against its content


@dataclass(frozen=True)
class FileType:
    """A file type of data/file_types.toml: how its content is recognised, and its names."""

    id: str
    name: str  # as findings say it: "a PDF document"
    mime: str
    extensions: tuple[str, ...]
    magic: tuple[tuple[tuple[int, bytes], ...], ...]  # alternatives of (offset, bytes) parts
    text: tuple[bytes, ...]  # alternatives: a lower-case prefix of the text
    mime_aliases: tuple[str, ...] = ()

    def matches(self, head: bytes, text_head: bytes) -> bool:
        if any(all(head[at : at + len(part)] == part for at, part in alt) for alt in self.magic):
            return True
        return any(text_head.startswith(prefix) for prefix in self.text)

    def sample(self) -> bytes:
        """The fewest bytes sniffed as this type (for tests and rule cases)."""
        if self.text:
            return self.text[0]
        out = bytearray()
        for at, part in self.magic[0]:
            out.extend(b"\0" * (at - len(out)))
            out[at : at + len(part)] = part
        return bytes(out)

    def is_declared_as(self, mime: str) -> bool:
        mime = mime.lower()
        return mime in (self.mime, UNSPECIFIED_MIME, *self.mime_aliases)


@dataclass(frozen=True)
class Kind:
    """An attachment kind (an invoice, a manual ...) and the file types it may be."""

    id: str
    label: str  # as findings say it: "an invoice"
    types: tuple[str, ...]


@dataclass(frozen=True)
class FileTypes:
    """The file types the toolkit tells apart, and the types each attachment kind may be."""

    types: tuple[FileType, ...]
    kinds: tuple[Kind, ...]

    def get(self, type_id: str) -> FileType | None:
        return next((t for t in self.types if t.id == type_id), None)

    def kind(self, kind_id: str) -> Kind | None:
        return next((k for k in self.kinds if k.id == kind_id), None)

    def sniff(self, content: bytes) -> FileType | None:
        """The type of `content` by its first bytes, or None when it is none of the table's."""
        head = content[:SNIFF_BYTES]
        text_head = head.removeprefix(BYTE_ORDER_MARK).lstrip().lower()
        return next((t for t in self.types if t.matches(head, text_head)), None)

    def by_extension(self, filename: str) -> FileType | None:
        ext = extension(filename)
        return next((t for t in self.types if ext and ext in t.extensions), None)

    def mime_type(self, content: bytes) -> str:
        """The MIME type an attachment is sent as: its content's."""
        found = self.sniff(content)
        return found.mime if found else UNSPECIFIED_MIME

    def mismatch(self, filename: str, kind_id: str, declared: str, content: bytes) -> str | None:
        """Why an attachment's content, extension, kind and declared MIME type disagree, or
        None when they agree."""
        found = self.sniff(content)
        named = self.by_extension(filename)
        kind = self.kind(kind_id)
        allowed = tuple(t for t in (self.get(i) for i in kind.types) if t) if kind else ()
        must_be = f"; {kind.label} must be {either(allowed)}" if kind else ""
        if found is None:
            return f"{filename}: its content is of no file type the toolkit knows{must_be}"
        if named is not None and named is not found:
            return f"{filename} is {found.name}, not {named.name}"
        if kind is not None and found not in allowed:
            return f"{filename} is {found.name}{must_be}"
        if named is None:
            ext = extension(filename)
            has = f"the extension {ext}" if ext else "no extension"
            return f"{filename} is {found.name} but has {has}: name it {found.extensions[0]}"
        if declared and not found.is_declared_as(declared):
            return f"{filename} is {found.name} but is declared as {declared}"
        return None


def extension(filename: str) -> str:
    """`.pdf` of `factuur.PDF`; "" for a name without one (`.profile` has none)."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def either(types: Sequence[FileType]) -> str:
    names = [t.name for t in types]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _magic(alternative: str) -> tuple[tuple[int, bytes], ...]:
    parts = []
    for part in alternative.split():
        offset, _, hex_bytes = part.partition(":")
        parts.append((int(offset), bytes.fromhex(hex_bytes)))
    return tuple(parts)


def load_file_types(path: Path | None = None, cache: RenderCache | None = None) -> FileTypes:
    data = (cache or RenderCache(None)).toml(path or data_dir() / "file_types.toml")
    types = tuple(
        FileType(
            id=type_id,
            name=spec["name"],
            mime=spec["mime"],
            extensions=tuple(spec["extensions"]),
            magic=tuple(_magic(alt) for alt in spec.get("magic", [])),
            text=tuple(prefix.lower().encode("ascii") for prefix in spec.get("text", [])),
            mime_aliases=tuple(spec.get("mime_aliases", [])),
        )
        for type_id, spec in data["types"].items()
    )
    ids = {t.id for t in types}
    kinds = []
    for kind_id, spec in data["kinds"].items():
        unknown = set(spec["types"]) - ids
        if unknown:
            raise ValueError(f"attachment kind {kind_id}: unknown file types {sorted(unknown)}")
        kinds.append(Kind(kind_id, spec["label"], tuple(spec["types"])))
    return FileTypes(types, tuple(kinds))


# --- where an attachment may be read from ------------------------------------------------


def locate(raw: str, base_dir: Path, roots: Sequence[Path], field: str) -> Path:
    """The real path of the attachment an order names as `raw` (relative to its document's
    folder, or absolute), refused unless it lies inside one of `roots`."""
    if "\x00" in raw:
        raise InputError("holds a NUL character", field=field)
    try:
        os.fsencode(raw)
    except UnicodeEncodeError:  # a lone surrogate ("\ud800"): no file is named so
        raise InputError("holds a character no file name can hold", field=field) from None
    if len(raw) > MAX_PATH_CHARS:
        raise InputError(
            f"is {len(raw):,} characters long; an attachment path has at most {MAX_PATH_CHARS:,}",
            field=field,
        )
    # where it leads is judged before whether it exists: nothing is told about other folders
    inside(Path(os.path.realpath(base_dir / raw)), roots, field)
    try:
        path = real(base_dir / raw)
    except FileNotFoundError:
        raise InputError(f"no such file: {base_dir / raw}", field=field) from None
    except OSError as err:
        raise InputError(f"cannot read {raw!r}: {problem(err)}", field=field) from None
    inside(path, roots, field)
    return path


def inside(path: Path, roots: Sequence[Path], field: str) -> None:
    """Refuse a real path that lies in none of the folders attachments may come from."""
    allowed = []
    for root in roots:
        try:
            allowed.append(real(root))
        except OSError:
            continue
    if not any(path.is_relative_to(root) for root in allowed):
        folders = " or ".join(str(r) for r in allowed) or "(none)"
        raise InputError(
            f"{path} is outside the folders attachments are read from ({folders}); "
            "keep it beside the order document, or name its folder with --attachments DIR",
            field=field,
        )


def read_attachment(path: Path, roots: Sequence[Path], field: str, cap: int) -> bytes:
    """The bytes of an attachment `locate` found, at most `cap` of them (TooLarge past it).
    The path is checked again: a link put in its place since is not followed."""
    try:
        again = real(path)
    except OSError as err:
        raise InputError(f"cannot read {path}: {problem(err)}", field=field) from None
    if again != path:
        raise InputError(f"{path} has become a link to {again}; not read", field=field)
    inside(path, roots, field)
    try:
        return read_capped(path, cap, "an attachment", follow_links=False)
    except TooLarge as err:
        raise TooLarge(f"{path.name}: {err.problem}", field=field) from None
    except InputError as err:
        raise InputError(f"{path}: {err.problem}", field=field) from None


def check_filename(name: str, field: str) -> str:
    """An attachment's file name as the buyer sees it: no control characters in a header."""
    if any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in name):
        raise InputError(f"the file name {name!r} holds a control character", field=field)
    return name
