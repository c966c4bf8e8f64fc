"""A disk cache of what a render makes the same way every time from files that seldom
change, so that the next process need not make it again: the inlined template sources (then a
render whose templates and stylesheet have not changed never imports premailer, with requests
and cssutils: most of a `bsm render`'s start-up), Jinja's compiled templates
(toolkit.render.TemplateBytecode) and the compiled message catalogs (toolkit.i18n.CatalogStore);
and, for a check as for a render, what every start builds from the toolkit's data files and
costs more to build than to read (`RenderCache.kept_object`: the Public Suffix List, each
language's phrase lists and concepts, the text detectors, the data files parsed, and Babel's
CLDR data of the buyer's locale, toolkit.i18n.locales.load_cldr). This module
imports no library of a render's, so that a check may use it.

Where: `BSM_CACHE_DIR` if set (empty or `off`: no cache), else `$XDG_CACHE_HOME/bsm-toolkit`,
else `~/.cache/bsm-toolkit`. One file per entry, named by its kind and key: the SHA-256 of
everything it depends on (this format, the toolkit's version and the code that makes it, the
libraries' versions, and its own inputs: for an inlined source the traced render's flag, the
template's name, its text and the stylesheet's text), so an edited template, stylesheet or
catalog is a new key, never a stale hit. Only a folder of this user's that no one else may
write in is used: its files are templates and code that a render runs.

Each file starts with a header line holding its key and the SHA-256 of the body that follows;
a file whose header does not match (corrupt, truncated, another key) is ignored and rewritten.
Files are read and written as every file of the toolkit is (toolkit/files.py: never through a
symbolic link, regular files only, a byte cap, written atomically). A cache that cannot be
used (a read-only folder, a link or a file in its place) is skipped: the render makes what it
needs as it would without one.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import stat
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from toolkit.errors import InputError
from toolkit.files import NOFOLLOW, Folder, open_folder, read_capped, write_atomic

T = TypeVar("T")
CACHE_ENV = "BSM_CACHE_DIR"
OFF_VALUES = ("", "off")
CACHE_NAME = "bsm-toolkit"
# bump when what a cache file holds, or how an entry is made, changes
FORMAT = "bsm-render-cache 1"
DISTRIBUTION = "bsm-toolkit"
# the libraries whose versions change what is kept (inlined text, compiled catalogs)
LIBRARIES = ("premailer", "cssutils", "lxml", "cssselect", "babel")
# the toolkit's modules that make what is kept: an edited one (a checkout) is a new key
MAKING_CODE = ("inline.py", "design.py", "dom.py", "render.py", "i18n/runtime.py")
INLINED, BYTECODE, CATALOG = "inline", "jinja", "catalog"  # the start of a file's name
LOADED = "loaded"  # an object built from data files (kept_object): a check's start-up too
PRIVATE = 0o700  # the cache folder, when the toolkit makes it
MAX_ENTRY_BYTES = 8 << 20  # far above any template; a cap on what a read may cost


def cache_folder(environ: Mapping[str, str]) -> Path | None:
    """Where the cache lives for this environment; None when it is turned off."""
    chosen = environ.get(CACHE_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in OFF_VALUES else Path(chosen).expanduser()
    xdg = environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(xdg):  # the XDG spec: a relative value is to be ignored
        return Path(xdg) / CACHE_NAME
    try:
        return Path.home() / ".cache" / CACHE_NAME
    except RuntimeError:  # no home folder to be found
        return None


def installed_version(distribution: str) -> str:
    """A distribution's installed version, read from its records (never by importing it)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return ""


def installed_versions(distributions: Sequence[str], path: Sequence[str]) -> list[str]:
    """`installed_version` of each distribution, read from the name of the first folder on
    `path` (sys.path) that holds its `<name>-<version>.dist-info`, as installers name it;
    importlib.metadata parses each one's METADATA file instead, which cost a render's start-up
    some 15 ms. A distribution not found so (or found twice in one folder) is asked of
    importlib.metadata."""
    wanted = {dist_info_name(name): name for name in distributions}
    found: dict[str, str | None] = {}  # None: ambiguous
    for entry in path:
        try:
            names = os.listdir(entry or ".")
        except (OSError, ValueError):  # a zip file, a missing folder
            continue
        here: dict[str, str | None] = {}
        for name in names:
            if not name.endswith(".dist-info"):
                continue
            project, dash, version = name.removesuffix(".dist-info").partition("-")
            key = dist_info_name(project)
            if dash and key in wanted and key not in found:
                here[key] = None if key in here else version
        found.update(here)
        if len(found) == len(wanted):
            break
    return [found.get(dist_info_name(name)) or installed_version(name) for name in distributions]


def dist_info_name(project: str) -> str:
    """A project's name as a .dist-info folder spells it (the wheel format's normal form)."""
    return re.sub(r"[-_.]+", "_", project).lower()


def code_digest() -> str:
    """The SHA-256 of the toolkit's modules that make what is kept, as they are on disk."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in MAKING_CODE:
        try:
            digest.update(read_capped(here / name, MAX_ENTRY_BYTES, "a module"))
        except InputError:
            digest.update(b"?")
    return digest.hexdigest()


def file_digest(path: str | Path) -> str:
    """The SHA-256 of a file's bytes: the part of a key that stands for that file."""
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file as tomllib parses it (imported here: a start-up whose data files are all in
    the cache never parses TOML)."""
    import tomllib

    with path.open("rb") as fh:
        return tomllib.load(fh)


def entry(key: str, body: bytes) -> bytes:
    """A cache file: the header line (format, key, the body's SHA-256), then the body."""
    return f"{FORMAT} {key} {hashlib.sha256(body).hexdigest()}\n".encode("ascii") + body


def entry_body(data: bytes, key: str) -> bytes | None:
    """The body of a cache file if its header is this key's and matches the body, else None."""
    header, newline, body = data.partition(b"\n")
    expected = f"{FORMAT} {key} {hashlib.sha256(body).hexdigest()}".encode("ascii")
    return body if newline and header == expected else None


@dataclass
class RenderCache:
    """What is kept on disk, for every renderer of this process that shares it; `folder` None:
    no cache, everything is made."""

    folder: Path | None
    _stamp: str | None = field(default=None, repr=False)  # what every key starts from

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> RenderCache:
        return cls(cache_folder(os.environ if environ is None else environ))

    def kept(self, kind: str, key: str, make: Callable[[], bytes]) -> bytes:
        """`make()`'s bytes, from the cache when they are there for `key` (then kept there)."""
        if self.folder is None:
            return make()
        cached = self.read(kind, key)
        if cached is not None:
            return cached
        made = make()
        self.write(kind, key, made)
        return made

    def kept_object(
        self, name: str, files: Sequence[str | Path], kind: type[T], make: Callable[[], T]
    ) -> T:
        """`make()`'s object, from the cache when it is there (then kept there), keyed by the
        path and bytes of each of `files`: every file the object is built from, the modules
        that build it and that define its classes included, and Python's version. Kept as a
        pickle; an entry that does not load as a `kind` is made again. Building these was most
        of a check's start-up, for one message."""
        if self.folder is None:
            return make()
        try:
            digests = [[str(path), file_digest(path)] for path in files]
        except OSError:
            return make()  # a file that cannot be read is the maker's to report
        key = hashlib.sha256(
            json.dumps([FORMAT, LOADED, sys.version, name, digests]).encode("utf-8")
        ).hexdigest()
        body = self.read(LOADED, key)
        if body is not None:
            try:
                found = pickle.loads(body)
            except Exception:  # a sound header over what does not unpickle (any error)
                found = None
            if isinstance(found, kind):
                return found
        made = make()
        try:
            body = pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            return made  # nothing to keep; made each time
        self.write(LOADED, key, body)
        return made

    def toml(self, path: Path) -> dict[str, Any]:
        """A TOML data file as tomllib parses it, kept under its bytes' digest (tomllib is
        Python's own: its version is in every key)."""
        return self.kept_object("toml", (path,), dict, lambda: read_toml(path))

    def inlined(
        self, template: str, raw: str, css: str, annotate: bool, make: Callable[[], str]
    ) -> str:
        """`make()`'s inlined text of this template, from the cache when it is there."""
        if self.folder is None:
            return make()
        key = self.key(template, raw, css, annotate)
        try:
            return self.kept(INLINED, key, lambda: make().encode("utf-8")).decode("utf-8")
        except UnicodeDecodeError:  # not what this toolkit wrote
            return make()

    def catalog(self, name: str, po: bytes, make: Callable[[], bytes]) -> bytes:
        """The compiled (.mo) bytes of catalog `name`, whose .po file holds `po`."""
        return self.kept(CATALOG, self.digest(CATALOG, name, hashlib.sha256(po).hexdigest()), make)

    def key(self, template: str, raw: str, css: str, annotate: bool) -> str:
        return self.digest(annotate, template, raw, css)

    def digest(self, *parts: object) -> str:
        """A key: the SHA-256 of what every key covers (versions, code) and `parts`."""
        if self._stamp is None:
            versions = installed_versions((DISTRIBUTION, *LIBRARIES), sys.path)
            self._stamp = json.dumps([FORMAT, versions, code_digest()])
        return hashlib.sha256(json.dumps([self._stamp, *parts]).encode("utf-8")).hexdigest()

    def read(self, kind: str, key: str) -> bytes | None:
        """The body kept for `key`, or None: missing, unreadable, or not what was written."""
        folder = self._existing_folder()
        if folder is None:
            return None
        with folder:
            try:
                data = read_capped(
                    f"{kind}-{key}", MAX_ENTRY_BYTES, "a cached template",
                    follow_links=False, folder=folder,
                )  # fmt: skip
            except InputError:
                return None
        return entry_body(data, key)

    def write(self, kind: str, key: str, body: bytes) -> None:
        """Keep `body` for `key`; a folder that cannot take it is left as it is."""
        assert self.folder is not None
        try:
            self.folder.mkdir(mode=PRIVATE, parents=True, exist_ok=True)
            with open_folder(self.folder, create=False) as folder:
                if private(folder.fd):
                    write_atomic(folder, f"{kind}-{key}", entry(key, body))
        except (OSError, InputError):
            pass  # no cache this time: the render goes on with what it made

    def _existing_folder(self) -> Folder | None:
        """The cache folder, opened without following a link; None if it is not one, or not
        private to this user (another could have put a template or code in it)."""
        assert self.folder is not None
        try:
            fd = os.open(self.folder, os.O_RDONLY | os.O_DIRECTORY | NOFOLLOW)
        except (OSError, ValueError):
            return None
        if not private(fd):
            os.close(fd)
            return None
        return Folder(self.folder, fd)


def private(fd: int) -> bool:
    """A folder of this user's that no one else may write in."""
    found = os.fstat(fd)
    return found.st_uid == os.geteuid() and not found.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
