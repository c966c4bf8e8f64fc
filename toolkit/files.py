"""Files on disk, written and read without surprises: one place for every write and capped read.

Writes go only into a folder opened once (its descriptor), by plain names that cannot climb out
of it, never through a symbolic link, each atomically: a temporary file in the same folder
(created exclusively, never following a link), written, flushed to disk, then renamed over the
target, so that a reader sees the old file or the new one and never half of one. Reads of a
file the user names stop at a byte cap, however large the file says it is, and open only
regular files: a FIFO, a device or /dev/zero is refused, not waited on or read for ever.

Every problem is an InputError that names the path: the commands turn it into exit 2.
POSIX only (descriptor-relative calls); the toolkit runs on Linux and macOS.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from toolkit.errors import InputError

NOFOLLOW = os.O_NOFOLLOW | os.O_CLOEXEC
READ_CHUNK = 1 << 20
MAX_NAME_BYTES = 255  # one path component, as every POSIX file system takes it
FILE_MODE = 0o666  # less the user's umask, as open() and write_text() create files
FOLDER_MODE = 0o777
FILE_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def kind_of(mode: int) -> str:
    """What a file is, in words, for one that is not a regular file."""
    return next((words for test, words in FILE_KINDS if test(mode)), "not a regular file")


def problem(err: OSError) -> str:
    """An OS error in words, without the path (the InputError names it)."""
    if err.errno == errno.ELOOP:
        return "is a symbolic link (or a loop of them); refusing to follow it"
    return err.strerror or str(err)


def check_name(name: str) -> str:
    """A plain file name: one path component that stays inside its folder."""
    if (
        not name
        or name in (".", "..")
        or "/" in name
        or "\\" in name
        or "\x00" in name
        or any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in name)
        or len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES
    ):
        raise InputError(f"{name!r} is not a plain file name")
    return name


@dataclass
class Folder:
    """An open folder: every name in it is reached through its descriptor, never its path."""

    path: Path
    fd: int

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> Folder:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def lstat(self, name: str) -> os.stat_result | None:
        """The entry `name` itself (a link is not followed), or None when there is none."""
        try:
            return os.stat(check_name(name), dir_fd=self.fd, follow_symlinks=False)
        except FileNotFoundError:
            return None
        except OSError as err:
            raise InputError(problem(err), source=str(self.path / name)) from None


def open_folder(path: Path, *, create: bool = True) -> Folder:
    """The folder at `path` (created with its parents if missing), ready to be written in.
    Refused when it is a symbolic link, not a folder, or not writable."""
    try:
        if create:
            path.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | NOFOLLOW)
    except (FileExistsError, NotADirectoryError):
        what = "a symbolic link" if path.is_symlink() else "not a folder"
        raise InputError(f"is {what}; refusing to write there", source=str(path)) from None
    except OSError as err:
        raise InputError(f"cannot use as a folder: {problem(err)}", source=str(path)) from None
    except ValueError as err:  # a NUL in the name
        raise InputError(f"cannot use as a folder: {err}", source=str(path)) from None
    folder = Folder(path, fd)
    if not os.access(path, os.W_OK | os.X_OK):
        folder.close()
        raise InputError("cannot write here: permission denied", source=str(path))
    return folder


def subfolder(parent: Folder, name: str) -> Folder:
    """The folder `name` inside `parent`, made if missing; never a link."""
    check_name(name)
    try:
        os.mkdir(name, FOLDER_MODE, dir_fd=parent.fd)
    except FileExistsError:
        pass
    except OSError as err:
        raise InputError(f"cannot make: {problem(err)}", source=str(parent.path / name)) from None
    found = existing_subfolder(parent, name)
    if found is None:
        raise InputError("vanished as it was made", source=str(parent.path / name))
    return found


def existing_subfolder(parent: Folder, name: str) -> Folder | None:
    """The folder `name` inside `parent` if there is one (never a link), else None."""
    check_name(name)
    path = parent.path / name
    try:
        fd = os.open(name, os.O_RDONLY | os.O_DIRECTORY | NOFOLLOW, dir_fd=parent.fd)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        found = parent.lstat(name)
        what = kind_of(found.st_mode) if found and not stat.S_ISREG(found.st_mode) else "a file"
        raise InputError(
            f"is {what}, not a folder; refusing to write there", source=str(path)
        ) from None
    except OSError as err:
        raise InputError(f"cannot use as a folder: {problem(err)}", source=str(path)) from None
    return Folder(path, fd)


def check_target(folder: Folder, name: str) -> None:
    """A name that may be written: free, or a regular file (never a link to elsewhere)."""
    found = folder.lstat(name)
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise InputError(
            f"is {kind_of(found.st_mode)}; refusing to write through it",
            source=str(folder.path / name),
        )


def write_atomic(folder: Folder, name: str, data: bytes) -> Path:
    """Write `data` as `folder/name`, all or nothing; returns the path written."""
    check_target(folder, name)
    temp = f".{name[:100]}.{secrets.token_hex(6)}.tmp"  # short enough for any name
    target = folder.path / name
    try:
        fd = os.open(
            temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, FILE_MODE, dir_fd=folder.fd
        )
    except OSError as err:
        raise InputError(f"cannot write: {problem(err)}", source=str(target)) from None
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, name, src_dir_fd=folder.fd, dst_dir_fd=folder.fd)
    except OSError as err:
        _unlink_quietly(folder, temp)
        raise InputError(f"cannot write: {problem(err)}", source=str(target)) from None
    except BaseException:
        _unlink_quietly(folder, temp)
        raise
    return target


def _unlink_quietly(folder: Folder, name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name, dir_fd=folder.fd)


def remove_file(folder: Folder, name: str) -> bool:
    """Delete `folder/name` if it is a regular file; True when one was deleted. Anything else
    at that name (a link, a folder, a FIFO) is left alone and refused."""
    found = folder.lstat(name)
    if found is None:
        return False
    if not stat.S_ISREG(found.st_mode):
        raise InputError(
            f"is {kind_of(found.st_mode)}; not removed", source=str(folder.path / name)
        )
    try:
        os.unlink(name, dir_fd=folder.fd)
    except FileNotFoundError:
        return False
    except OSError as err:
        raise InputError(f"cannot remove: {problem(err)}", source=str(folder.path / name)) from None
    return True


class TooLarge(InputError):
    """A file over its byte cap: only cap + 1 bytes of it were read."""


def read_capped(path: Path, cap: int) -> bytes:
    """The bytes of the regular file at `path` (the last component not a link), at most `cap`:
    reading stops after cap + 1 bytes, whatever the file's stated size."""
    try:
        # O_NONBLOCK: opening a FIFO returns at once (and is then refused), it never waits
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | NOFOLLOW)
    except OSError as err:
        raise InputError(f"cannot read: {problem(err)}", source=str(path)) from None
    except ValueError as err:  # a NUL in the name
        raise InputError(f"cannot read: {err}", source=str(path)) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(f"is {kind_of(mode)}, not a regular file", source=str(path))
        chunks, total = [], 0
        while total <= cap:
            chunk = os.read(fd, min(READ_CHUNK, cap + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as err:
        raise InputError(f"cannot read: {problem(err)}", source=str(path)) from None
    finally:
        os.close(fd)
    if total > cap:
        raise TooLarge(f"more than {cap:,} bytes", source=str(path))
    return b"".join(chunks)


class AtomicStream:
    """A file written a piece at a time (a batch's errors.jsonl), that appears whole or not at
    all: a temporary file in the folder, flushed to disk and renamed over `name` on `commit`.
    Closed without `commit`, it leaves nothing (a killed writer: a `.tmp` file, never `name`,
    which `remove_stale` clears). The writer holds a lock on its temporary file while it lives,
    so that only the files of writers that are gone are cleared."""

    @staticmethod
    def remove_stale(folder: Folder, name: str) -> int:
        """Temporary files of `name` whose writer is gone (nobody holds their lock)."""
        removed = 0
        prefix = f".{name[:100]}."
        for entry in os.listdir(folder.fd):
            if not (entry.startswith(prefix) and entry.endswith(".tmp")):
                continue
            try:
                fd = os.open(entry, os.O_RDONLY | NOFOLLOW, dir_fd=folder.fd)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:  # a live writer holds it
                os.close(fd)
                continue
            try:
                removed += remove_file(folder, entry)
            finally:
                os.close(fd)
        return removed

    def __init__(self, folder: Folder, name: str) -> None:
        check_target(folder, name)
        self.folder, self.name = folder, name
        self.temp = f".{name[:100]}.{secrets.token_hex(6)}.tmp"
        try:
            fd = os.open(
                self.temp,
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW,
                FILE_MODE,
                dir_fd=folder.fd,
            )
        except OSError as err:
            raise InputError(
                f"cannot write: {problem(err)}", source=str(folder.path / name)
            ) from None
        fcntl.flock(fd, fcntl.LOCK_EX)  # ours while we live (see remove_stale)
        self._file = os.fdopen(fd, "wb", buffering=1 << 16)

    def write(self, data: bytes) -> None:
        self._file.write(data)

    def commit(self) -> Path:
        target = self.folder.path / self.name
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
            # renamed while still locked: no other run can take it for a stale one meanwhile
            os.replace(self.temp, self.name, src_dir_fd=self.folder.fd, dst_dir_fd=self.folder.fd)
            self._file.close()
        except OSError as err:
            self.discard()
            raise InputError(f"cannot write: {problem(err)}", source=str(target)) from None
        return target

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._file.close()
        _unlink_quietly(self.folder, self.temp)
