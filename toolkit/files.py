"""Files on disk, written and read without surprises: the one place the toolkit touches a
file's bytes.

Writes go only into a folder opened once (its descriptor), by plain names that cannot climb out
of it, never through a symbolic link, each atomically: a temporary file in the same folder
(created exclusively, never following a link), written and flushed to disk, then renamed over
the target, and the folder flushed, so that a reader sees the old file or the new one and never
half of one. Folders under an output root are made or opened the same way, one name at a time.

Reads stop at a byte cap counted while reading (never the size `stat` says: a name linked to
/dev/zero, a file that grows, an endless stdin cost at most cap + 1 bytes). A path is opened
without blocking (a FIFO with no writer would wait for ever) and, unless the caller asks for a
pipe or device, anything but a regular file is refused; a stream (stdin) is read in chunks.

Every problem is an InputError that names the path: the commands turn it into exit 2.
POSIX only (descriptor-relative calls); the toolkit runs on Linux and macOS.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from toolkit.errors import InputError

NOFOLLOW = os.O_NOFOLLOW | os.O_CLOEXEC
READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
READ_CHUNK = 1 << 20
MAX_NAME_BYTES = 255  # one path component, as every POSIX file system takes it
NOT_IN_A_NAME = re.compile(r"[/\\\x00-\x1f\x7f-\x9f]")  # a separator, or a control character
TEMP_NAME_CHARS = 50  # of the target's name in a temporary one: at most 200 bytes of UTF-8
TEMP_TRIES = 8  # attempts at a fresh temporary name before giving up
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
        or NOT_IN_A_NAME.search(name) is not None
        or len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES
    ):
        raise InputError(f"{name!r} is not a plain file name")
    return name


def real(path: Path) -> Path:
    """`path` with every link and `..` resolved; it must exist (OSError otherwise, ELOOP for a
    loop of links)."""
    return Path(os.path.realpath(path, strict=True))


# --- folders -----------------------------------------------------------------------------


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
        except InputError as err:
            raise err.within(str(self.path / name)) from None
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


def open_folders(root: Path, names: Sequence[str]) -> Folder:
    """root/name/name/..., each made if missing: `root` as `open_folder` takes it, each name
    below it a plain name that is never a link."""
    folder = open_folder(root)
    for name in names:
        with folder:  # the parent is closed once its child is open
            folder = subfolder(folder, name)
    return folder


def subfolder(parent: Folder, name: str) -> Folder:
    """The folder `name` inside `parent`, made if missing; never a link."""
    try:
        check_name(name)
        os.mkdir(name, FOLDER_MODE, dir_fd=parent.fd)
    except FileExistsError:
        pass
    except InputError as err:
        raise err.within(str(parent.path / name)) from None
    except OSError as err:
        raise InputError(f"cannot make: {problem(err)}", source=str(parent.path / name)) from None
    found = existing_subfolder(parent, name)
    if found is None:
        raise InputError("vanished as it was made", source=str(parent.path / name))
    return found


def made_folder(parent: Folder, name: str) -> bool:
    """Make the folder `name` in `parent`; False when there is something of that name (which
    `subfolder` then opens, or refuses)."""
    try:
        os.mkdir(check_name(name), FOLDER_MODE, dir_fd=parent.fd)
    except (OSError, InputError):
        return False
    return True


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


# --- writing -----------------------------------------------------------------------------


def check_target(folder: Folder, name: str) -> None:
    """A name that may be written: free, or a regular file (never a link to elsewhere)."""
    found = folder.lstat(name)
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise InputError(
            f"is {kind_of(found.st_mode)}; refusing to write through it",
            source=str(folder.path / name),
        )


def write_atomic(folder: Folder, name: str, data: bytes) -> Path:
    """Write `data` as `folder/name`, all or nothing; returns the path written. An existing
    regular file there is replaced; a link, folder, device or FIFO there is refused."""
    check_target(folder, name)
    target = folder.path / name
    try:
        temp = write_temp(folder, name, data)
        try:
            check_target(folder, name)  # made a link while we wrote?
            os.replace(temp, name, src_dir_fd=folder.fd, dst_dir_fd=folder.fd)
        except BaseException:
            _unlink_quietly(folder, temp)
            raise
        os.fsync(folder.fd)  # the rename itself survives a crash
    except OSError as err:
        raise InputError(f"cannot write: {problem(err)}", source=str(target)) from None
    return target


def write_temp(folder: Folder, name: str, data: bytes, *, sync: bool = True) -> str:
    """A new file of ours holding `data` in the folder, flushed to disk (unless the caller
    flushes it with others: `sync=False`); its name."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW
    for _ in range(TEMP_TRIES):
        temp = f".{name[:TEMP_NAME_CHARS]}.{os.urandom(6).hex()}.tmp"
        try:
            fd = os.open(temp, flags, FILE_MODE, dir_fd=folder.fd)
        except FileExistsError:
            continue
        try:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                if sync:
                    os.fsync(fd)
            finally:
                os.close(fd)
        except BaseException:
            _unlink_quietly(folder, temp)
            raise
        return temp
    raise InputError("cannot find a free temporary name", source=str(folder.path / name))


def temporaries_of(folder: Folder, names: Sequence[str]) -> int:
    """Remove the temporary files a killed writer left for these names (write_temp's
    `.<name>.<token>.tmp`); how many were removed."""
    prefixes = tuple(f".{name[:TEMP_NAME_CHARS]}." for name in names)
    removed = 0
    for entry in os.listdir(folder.fd):
        if entry.startswith(prefixes) and entry.endswith(".tmp"):
            removed += remove_file(folder, entry)
    return removed


@dataclass
class Staged:
    """One set of files of a GroupWrite: written as temporaries, not yet renamed into `folder`.
    The temporaries are in `source` (a run's Stage, written by its workers), else in `folder`."""

    folder: Folder
    names: Sequence[str]  # every name the set may have (all removed when it fails)
    moves: list[tuple[str, str]]  # (temporary, target)
    error: InputError | None = None
    source: Folder | None = None

    @property
    def temp_folder(self) -> Folder:
        return self.source or self.folder


class GroupWrite:
    """Sets of files (a batch's messages) written together: each file atomically, as
    `write_atomic` writes one, but flushed to disk once for the whole group rather than twice
    a file. `stage` writes a set's temporary files; `commit` flushes them all, renames each over
    its target and flushes the renames. A set that cannot be written leaves none of its files;
    the others are written. Killed before `commit` ends, a group leaves temporaries (which
    `temporaries_of` clears) and whole files, never half of one."""

    def __init__(self, root: Folder) -> None:
        self.root = root
        self.staged: list[Staged] = []

    def stage(
        self, name: str, files: dict[str, bytes], names: Sequence[str], *, clear: bool = False
    ) -> Staged:
        """`files` (name -> bytes) as temporaries in the folder `name` of the root, made if
        missing; the folder's other `names` removed (`clear`: their temporaries too)."""
        folder = self.target_folder(name, files, names, clear=clear)
        try:
            staged = Staged(folder, names, [])
            try:
                for target, data in files.items():
                    try:
                        temp = write_temp(folder, target, data, sync=False)
                    except OSError as err:
                        raise InputError(
                            f"cannot write: {problem(err)}", source=str(folder.path / target)
                        ) from None
                    staged.moves.append((temp, target))
            except BaseException:
                self.undo(staged)
                raise
        except BaseException:
            folder.close()
            raise
        self.staged.append(staged)
        return staged

    def take(
        self,
        name: str,
        source: Folder,
        moves: Sequence[tuple[str, str]],
        names: Sequence[str],
        *,
        clear: bool = False,
    ) -> Staged:
        """Temporaries already written in `source` (a Stage: by the workers, as `write_temp`
        writes them), each to be renamed to its target in the folder `name` of the root, as
        `stage` would have written it there. Refused, the temporaries go."""
        try:
            folder = self.target_folder(name, [target for _, target in moves], names, clear=clear)
        except BaseException:
            discard_temporaries(source, [temp for temp, _ in moves])
            raise
        staged = Staged(folder, names, list(moves), source=source)
        self.staged.append(staged)
        return staged

    def target_folder(
        self, name: str, targets: Iterable[str], names: Sequence[str], *, clear: bool
    ) -> Folder:
        """The folder `name` of the root (made if missing), ready for `targets`: none of them
        anything but a regular file, the folder's other `names` removed (`clear`: their
        temporaries too)."""
        made = made_folder(self.root, name)
        folder = (existing_subfolder(self.root, name) if made else None) or subfolder(
            self.root, name
        )
        if made:  # a folder made now holds nothing: no target to check, nothing to remove
            return folder
        try:
            targets = set(targets)
            for target in targets:
                check_target(folder, target)
            if clear:
                temporaries_of(folder, names)
            for old in names:
                if old not in targets:
                    remove_file(folder, old)
        except BaseException:
            folder.close()
            raise
        return folder

    def commit(self) -> None:
        """Every staged set on disk under its names; a set that failed has its `error`."""
        if not self.staged:
            return
        try:
            devices = self.devices()
            self.flush(devices, by_file=True)
            for staged in self.staged:
                if staged.error is None:
                    self.rename(staged)
            self.flush(devices, by_file=False)
        finally:
            for staged in self.staged:
                staged.folder.close()
            self.staged = []

    def rename(self, staged: Staged) -> None:
        folder, source = staged.folder, staged.temp_folder
        try:
            for i, (temp, target) in enumerate(staged.moves):
                check_target(folder, target)  # made a link while we wrote?
                try:
                    os.replace(temp, target, src_dir_fd=source.fd, dst_dir_fd=folder.fd)
                except OSError as err:
                    raise InputError(
                        f"cannot write: {problem(err)}", source=str(folder.path / target)
                    ) from None
                staged.moves[i] = ("", target)
        except InputError as err:
            staged.error = err
            self.undo(staged)

    def undo(self, staged: Staged) -> None:
        """A set that failed: its temporaries and every file of its names go."""
        discard_temporaries(staged.temp_folder, [temp for temp, _ in staged.moves if temp])
        for old in staged.names:
            with contextlib.suppress(InputError):
                remove_file(staged.folder, old)

    def devices(self) -> list[int]:
        """A descriptor on each file system the group writes to (its folders', the root's),
        looked up once for both flushes (syncfs flushes each); none if one cannot be told (each
        file and folder is flushed then)."""
        found: dict[int, int] = {}
        try:
            for staged in self.staged:
                if staged.error is None:
                    found.setdefault(os.fstat(staged.folder.fd).st_dev, staged.folder.fd)
            found.setdefault(os.fstat(self.root.fd).st_dev, self.root.fd)
        except OSError:  # flushed folder by folder, which says what failed
            return []
        return list(found.values())

    def flush(self, devices: list[int], *, by_file: bool) -> None:
        """To disk: the file system of each folder at once where Linux offers it (syncfs on
        `devices`), else each temporary file (`by_file`) or each folder."""
        live = [s for s in self.staged if s.error is None]
        syncfs = _syncfs()
        try:
            if syncfs is not None and devices:
                for fd in devices:
                    if syncfs(fd) != 0:
                        code = ctypes_errno()
                        raise OSError(code, os.strerror(code))
                return
            for staged in live:
                if by_file:
                    for temp, _ in staged.moves:
                        flush_file(staged.temp_folder, temp)
                else:
                    os.fsync(staged.folder.fd)
            if not by_file:
                os.fsync(self.root.fd)
        except OSError as err:
            failed = InputError(f"cannot flush to disk: {problem(err)}", source=str(self.root.path))
            for staged in live:
                staged.error = failed
                self.undo(staged)


def flush_file(folder: Folder, name: str) -> None:
    fd = os.open(name, os.O_RDONLY | NOFOLLOW, dir_fd=folder.fd)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _syncfs() -> Callable[[int], int] | None:
    """Linux's syncfs(fd): one flush of a whole file system (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # only a batch's group write needs it

    libc = ctypes.CDLL(None, use_errno=True)
    return getattr(libc, "syncfs", None)


def ctypes_errno() -> int:
    import ctypes

    return ctypes.get_errno() or errno.EIO


def _unlink_quietly(folder: Folder, name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name, dir_fd=folder.fd)


def abandoned(folder: Folder, prefix: str, suffix: str, flags: int) -> Iterator[tuple[str, int]]:
    """The entries of `folder` named prefix...suffix whose writer is gone (nobody holds their
    lock), each with a descriptor (opened with `flags`, never through a link) that holds the
    lock now; the caller closes it."""
    for entry in os.listdir(folder.fd):
        if not (entry.startswith(prefix) and entry.endswith(suffix)):
            continue
        try:
            fd = os.open(entry, flags | NOFOLLOW, dir_fd=folder.fd)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # a live writer holds it
            os.close(fd)
            continue
        yield entry, fd


def discard_temporaries(folder: Folder, names: Iterable[str]) -> None:
    for name in names:
        _unlink_quietly(folder, name)


class Stage:
    """A run's folder of temporary files, `ROOT/.bsm-stage-<run>/`, in the root it writes to
    (the same file system: its files are renamed into their folders below the root). Each of a
    batch's workers writes each message's files in a part of its own (`<pid>/`: no two of them
    wait for the same folder) as it renders it (`write_temp`, without flushing), and the run
    renames those it claimed (`GroupWrite.take`). The run holds a lock on the folder while it
    lives; a killed run's stage is removed by the next (`remove_stale`), whole."""

    PREFIX = ".bsm-stage-"

    def __init__(self, folder: Folder) -> None:
        self.folder = folder
        self.parts: dict[str, Folder] = {}

    def part(self, name: str) -> Folder:
        """A worker's part of the stage, opened once."""
        if name not in self.parts:
            found = existing_subfolder(self.folder, name)
            if found is None:
                raise InputError("no such part of the stage", source=str(self.path / name))
            self.parts[name] = found
        return self.parts[name]

    @property
    def path(self) -> Path:
        return self.folder.path

    @classmethod
    def create(cls, root: Folder, run_id: str) -> Stage:
        name = check_name(f"{cls.PREFIX}{run_id}")
        try:
            os.mkdir(name, 0o700, dir_fd=root.fd)
        except OSError as err:
            raise InputError(f"cannot make: {problem(err)}", source=str(root.path / name)) from None
        folder = existing_subfolder(root, name)
        if folder is None:
            raise InputError("vanished as it was made", source=str(root.path / name))
        try:
            fcntl.flock(folder.fd, fcntl.LOCK_EX)  # ours while we live (see remove_stale)
        except OSError as err:
            folder.close()
            os.rmdir(name, dir_fd=root.fd)
            raise InputError(f"cannot lock: {problem(err)}", source=str(folder.path)) from None
        return cls(folder)

    @classmethod
    def remove_stale(cls, root: Folder) -> int:
        """The stages of runs that are gone (nobody holds their lock), with their files."""
        removed = 0
        for entry, fd in abandoned(root, cls.PREFIX, "", os.O_RDONLY | os.O_DIRECTORY):
            cls(Folder(root.path / entry, fd)).remove(root)
            removed += 1
        return removed

    def remove(self, root: Folder) -> None:
        """Every file left in the stage and its parts, then the stage itself."""
        with self.folder:
            for opened in self.parts.values():
                opened.close()
            for entry in os.listdir(self.folder.fd):
                with contextlib.suppress(OSError, InputError):
                    part = existing_subfolder(self.folder, entry)
                    if part is not None:
                        with part:
                            discard_temporaries(part, os.listdir(part.fd))
                        os.rmdir(entry, dir_fd=self.folder.fd)
                _unlink_quietly(self.folder, entry)
            with contextlib.suppress(OSError):
                os.rmdir(self.folder.path.name, dir_fd=root.fd)


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


# --- reading -----------------------------------------------------------------------------


class TooLarge(InputError):
    """Bytes over their cap: only cap + 1 of them were read."""


def read_capped(
    source: str | os.PathLike[str] | BinaryIO,
    cap: int,
    what: str = "a file",
    *,
    regular_only: bool = True,
    follow_links: bool = True,
    name: str | None = None,
    folder: Folder | None = None,
) -> bytes:
    """All the bytes of a path or an open binary stream, at most `cap` (TooLarge past it).

    `what` says what the bytes are for ("a message", "an attachment"), `name` how an error
    names the source (default: the path, or the stream's name). A stream is read as it is,
    whatever it is connected to; for a path, `regular_only` refuses a FIFO, device, socket or
    folder, and `follow_links=False` refuses a path whose last component is a link; a path is
    taken inside `folder` when one is given (its descriptor: a plain name never leaves it).
    """
    if not isinstance(source, (str, os.PathLike)):
        shown = name or str(getattr(source, "name", "<stream>"))
        return read_chunks(source.read, cap, what, shown)
    shown = name or os.fspath(source if folder is None else folder.path / source)
    try:
        flags = READ_FLAGS | (0 if follow_links else os.O_NOFOLLOW)
        fd = os.open(source, flags, dir_fd=None if folder is None else folder.fd)
    except OSError as err:
        raise InputError(f"cannot read: {problem(err)}", source=shown) from None
    except ValueError as err:  # a NUL in the name
        raise InputError(f"cannot read: {err}", source=shown) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            if regular_only:
                raise InputError(f"{kind_of(mode)}, not a regular file", source=shown)
            os.set_blocking(fd, True)  # the caller asked for a pipe or device: wait for it
        return read_chunks(lambda size: os.read(fd, size), cap, what, shown)
    finally:
        os.close(fd)


def read_chunks(read: Callable[[int], bytes], cap: int, what: str, shown: str) -> bytes:
    """Chunks from `read(size)` until it gives none, never asking past cap + 1 bytes in all."""
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = read(min(READ_CHUNK, cap + 1 - total))
        except OSError as err:
            raise InputError(f"cannot read: {problem(err)}", source=shown) from None
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > cap:
            raise TooLarge(f"more than {cap:,} bytes: too large for {what}", source=shown)


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
        for entry, fd in abandoned(folder, f".{name[:100]}.", ".tmp", os.O_RDONLY):
            try:
                removed += remove_file(folder, entry)
            finally:
                os.close(fd)
        return removed

    def __init__(self, folder: Folder, name: str) -> None:
        check_target(folder, name)
        self.folder, self.name = folder, name
        self.temp = f".{name[:100]}.{os.urandom(6).hex()}.tmp"
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
