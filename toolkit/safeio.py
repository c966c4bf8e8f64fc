"""Bounded reads and no-follow atomic writes: the only way the toolkit touches a file's bytes.

`read_capped` never trusts `stat`: it counts the bytes while reading and stops at the cap, so
a name linked to /dev/zero, a file that grows while it is read, or an endless stdin cost at
most `cap + 1` bytes. A path is opened without blocking (a FIFO with no writer would wait for
ever) and, with `regular_only` (the default), anything but a regular file is refused.

`write_atomic` writes a new file under a temporary name in the target folder (created with
O_CREAT | O_EXCL | O_NOFOLLOW, so it is always a new file of ours), syncs it, and renames it
over the target. A target that is a symlink, a folder or a device is refused, so a write never
lands anywhere but at `folder/name`, and a reader never sees half a file.

Both raise `InputError` naming the file: the commands turn that into exit 2.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from typing import BinaryIO

from toolkit.errors import InputError

CHUNK = 1 << 16
TEMP_TRIES = 8  # attempts at a fresh temporary name before giving up
TEMP_NAME_CHARS = 200  # of the target's name in the temporary one: within NAME_MAX (255)
FILE_MODE = 0o666  # before the umask, as open() creates files
KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    return next((name for test, name in KINDS if test(mode)), "not a regular file")


def too_large(cap: int, what: str, source: str) -> InputError:
    return InputError(f"more than {cap:,} bytes: too large for {what}", source=source)


def read_capped(
    source: str | os.PathLike[str] | BinaryIO,
    cap: int,
    what: str = "a file",
    *,
    regular_only: bool = True,
    name: str | None = None,
) -> bytes:
    """All the bytes of a path or an open binary stream, or InputError past `cap` bytes.

    `what` says what the bytes are for ("a message", "an attachment"), `name` how the error
    names the source (default: the path; give it for a stream such as stdin). A stream is
    read as it is, in chunks, whatever it is connected to; `regular_only` applies to paths.
    """
    if not isinstance(source, (str, os.PathLike)):
        return read_stream(source, cap, what, name or str(getattr(source, "name", "<stream>")))
    shown = name or str(source)
    try:
        fd = os.open(source, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", source=shown) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            if regular_only:
                raise InputError(f"{file_kind(mode)}, not a regular file", source=shown)
            os.set_blocking(fd, True)  # the caller asked for a pipe or device: wait for it
        return read_fd(fd, cap, what, shown)
    finally:
        os.close(fd)


def read_fd(fd: int, cap: int, what: str, shown: str) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = os.read(fd, min(CHUNK, cap + 1 - total))
        except OSError as err:
            raise InputError(f"cannot read: {err.strerror or err}", source=shown) from None
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > cap:
            raise too_large(cap, what, shown)


def read_stream(stream: BinaryIO, cap: int, what: str, shown: str) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = stream.read(min(CHUNK, cap + 1 - total))
        except OSError as err:
            raise InputError(f"cannot read: {err.strerror or err}", source=shown) from None
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > cap:
            raise too_large(cap, what, shown)


def safe_name(name: str) -> str:
    """`name` when it names a file directly in a folder; InputError for a path or a trick."""
    if not name or name in (".", "..") or "/" in name or "\x00" in name or os.sep in name:
        raise InputError(f"{name!r} is not a plain file name", source=name)
    return name


def make_folders(base: Path, relative: Path) -> Path:
    """base/relative, its folders made as needed; a symlink among them is refused, not followed.

    `base` is the user's (it may itself be a link); what is made under it is ours.
    """
    folder = base
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for part in relative.parts:
            folder = folder / safe_name(part)
            if folder.is_symlink():
                raise InputError("a symlink is in the way; not following it", source=str(folder))
            folder.mkdir(exist_ok=True)
    except OSError as err:
        raise InputError(
            f"cannot make the folder: {err.strerror or err}", source=str(folder)
        ) from None
    return folder


def write_atomic(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` to folder/name, atomically and without following any link at that name.

    The folder must exist (the caller decides which folders may be made). An existing regular
    file at folder/name is replaced; a symlink, folder, device or FIFO there is refused.
    """
    target = folder / safe_name(name)
    shown = str(target)
    try:
        dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as err:
        raise InputError(f"cannot write here: {err.strerror or err}", source=shown) from None
    try:
        refuse_unsafe_target(name, dir_fd, shown)
        temp = write_temp(name, data, dir_fd, shown)
        try:
            refuse_unsafe_target(name, dir_fd, shown)  # made a link while we wrote?
            os.replace(temp, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
        except BaseException:
            os.unlink(temp, dir_fd=dir_fd)
            raise
        os.fsync(dir_fd)  # the rename itself survives a crash
    except OSError as err:
        raise InputError(f"cannot write: {err.strerror or err}", source=shown) from None
    finally:
        os.close(dir_fd)
    return target


def refuse_unsafe_target(name: str, dir_fd: int, shown: str) -> None:
    try:
        mode = os.lstat(name, dir_fd=dir_fd).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISLNK(mode):
        raise InputError("a symlink is in the way; not following it", source=shown)
    if not stat.S_ISREG(mode):
        raise InputError(f"{file_kind(mode)} is in the way; not writing over it", source=shown)


def write_temp(name: str, data: bytes, dir_fd: int, shown: str) -> str:
    """A new file holding `data` in the folder, synced; its name."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    for _ in range(TEMP_TRIES):
        temp = f".{name[:TEMP_NAME_CHARS]}.{secrets.token_hex(6)}.tmp"
        try:
            fd = os.open(temp, flags, FILE_MODE, dir_fd=dir_fd)
        except FileExistsError:
            continue
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            os.unlink(temp, dir_fd=dir_fd)
            raise
        os.close(fd)
        return temp
    raise InputError("cannot find a free temporary name", source=shown)
